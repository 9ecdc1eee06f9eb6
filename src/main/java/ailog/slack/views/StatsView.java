package ailog.slack.views;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import ailog.domain.MemberStats;
import ailog.domain.WeekProgress;
import ailog.domain.WeekSummary;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A member's own numbers: this week's runs, acceptance against target, workflows, top edit type; then six weeks. */
public final class StatsView {
    static final int MAX_WORKFLOWS = 10;

    private StatsView() {}

    public static List<LayoutBlock> blocks(MemberStats stats, Function<WorkflowKey, String> names) {
        List<LayoutBlock> blocks = new ArrayList<>(week(stats.thisWeek(), names));
        blocks.addAll(TrendView.blocks(stats.sixWeeks(), names));
        return blocks;
    }

    private static List<LayoutBlock> week(WeekSummary week, Function<WorkflowKey, String> names) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = "*This week* (" + Texts.day(week.week().monday(), week.week().monday()) + " – "
                + Texts.day(week.week().sunday(), week.week().monday()) + ")\n"
                + Texts.runs(week.tally().runs()) + " · "
                + Texts.rateAgainstTarget(week.tally().acceptance(), week.targetPercent());
        blocks.add(section(s -> s.blockId("stats_week").text(markdownText(title))));
        if (week.tally().runs() > 0) {
            String perWorkflow = ListSection.text("*Runs per workflow*", week.tally().workflowsByRuns().stream()
                    .map(e -> "• " + Texts.escape(names.apply(e.getKey())) + ": " + e.getValue())
                    .toList(), MAX_WORKFLOWS);
            blocks.add(section(s -> s.blockId("stats_per_workflow").text(markdownText(perWorkflow))));
            blocks.add(context(c -> c.blockId("stats_top_edit").elements(List.of(markdownText(
                    "Most common edit: " + Texts.editTypeWithFix(week.tally().topEditType()))))));
        }
        return blocks;
    }

    public static Reply me(MemberStats stats, List<Workflow> catalog) {
        Function<WorkflowKey, String> names = key -> catalog.stream()
                .filter(w -> w.key().equals(key))
                .map(Workflow::name)
                .findFirst()
                .orElse(key.value());
        WeekProgress week = stats.thisWeek().progress();
        return new Reply(LogReplies.weekLine(week, week.week().monday()), blocks(stats, names));
    }
}
