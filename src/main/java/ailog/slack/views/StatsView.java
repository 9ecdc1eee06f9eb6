package ailog.slack.views;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import ailog.domain.WeekSummary;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A member's own numbers for the week: runs, acceptance against target, workflows, top edit type. */
public final class StatsView {
    private StatsView() {}

    public static List<LayoutBlock> blocks(WeekSummary week, Function<WorkflowKey, String> names) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = "*This week* (" + Texts.day(week.week().monday(), week.week().monday()) + " – "
                + Texts.day(week.week().sunday(), week.week().monday()) + ")\n"
                + Texts.runs(week.tally().runs()) + " · "
                + Texts.rateAgainstTarget(week.tally().acceptance(), week.targetPercent());
        blocks.add(section(s -> s.blockId("stats_week").text(markdownText(title))));
        if (week.tally().runs() > 0) {
            StringBuilder perWorkflow = new StringBuilder("*Runs per workflow*");
            for (Map.Entry<WorkflowKey, Integer> entry : week.tally().workflowsByRuns()) {
                perWorkflow.append("\n• ").append(Texts.escape(names.apply(entry.getKey()))).append(": ")
                        .append(entry.getValue());
            }
            blocks.add(section(s -> s.blockId("stats_per_workflow").text(markdownText(perWorkflow.toString()))));
            blocks.add(context(c -> c.blockId("stats_top_edit").elements(List.of(markdownText(
                    "Most common edit: " + Texts.editTypeWithFix(week.tally().topEditType()))))));
        }
        return blocks;
    }

    public static Reply me(WeekSummary week, List<Workflow> catalog) {
        Function<WorkflowKey, String> names = key -> catalog.stream()
                .filter(w -> w.key().equals(key))
                .map(Workflow::name)
                .findFirst()
                .orElse(key.value());
        return new Reply(LogReplies.weekLine(week), blocks(week, names));
    }
}
