package ailog.slack.views;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import ailog.domain.WorkflowKey;
import ailog.domain.metrics.MemberTrend;
import ailog.domain.metrics.WeekPoint;
import ailog.domain.metrics.WorkflowAcceptance;
import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A member's last six weeks: one line per week with a bar of its runs, then acceptance per workflow. */
public final class TrendView {
    static final int MAX_WORKFLOWS = 10;
    private static final int BAR = 10;
    private static final int NAME_CHARS = 60;

    private TrendView() {}

    public static List<LayoutBlock> blocks(MemberTrend trend, Function<WorkflowKey, String> names) {
        List<WeekPoint> weeks = trend.weeks();
        LocalDate thisWeek = weeks.get(weeks.size() - 1).start();
        String title = "*Last " + MemberTrend.WEEKS + " weeks*: " + Texts.runs(trend.overall().runs());
        if (trend.overall().runs() == 0) {
            return List.of(section(s -> s.blockId("stats_trend").text(markdownText(title))));
        }
        int busiest = weeks.stream().mapToInt(WeekPoint::runs).max().orElse(0);
        StringBuilder text = new StringBuilder(title + " · acceptance " + Texts.rateOrDash(trend.overall()));
        for (WeekPoint week : weeks) {
            text.append("\n`").append(bar(week.runs(), busiest)).append("` ")
                    .append(Texts.week(week.start(), thisWeek))
                    .append(week.start().equals(thisWeek) ? " (this week)" : "").append(": ")
                    .append(Texts.runs(week.runs())).append(" · ").append(Texts.rateOrDash(week.acceptance()));
        }
        List<String> perWorkflow = trend.workflows().stream().map(w -> workflow(w, names)).toList();
        String workflows = ListSection.text("*Acceptance per workflow*, last " + MemberTrend.WEEKS + " weeks",
                perWorkflow, MAX_WORKFLOWS);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("stats_trend").text(markdownText(text.toString()))));
        blocks.add(section(s -> s.blockId("stats_trend_workflows").text(markdownText(workflows))));
        return blocks;
    }

    /** The week's runs against the busiest week's; any run shows at least one block, so it never reads as none. */
    static String bar(int runs, int busiest) {
        int filled = runs == 0 ? 0 : Math.max(1, Math.round((float) BAR * runs / busiest));
        return "▇".repeat(filled) + "·".repeat(BAR - filled);
    }

    private static String workflow(WorkflowAcceptance workflow, Function<WorkflowKey, String> names) {
        return "• " + Texts.echo(names.apply(workflow.workflow()), NAME_CHARS) + ": " + Texts.runs(workflow.runs())
                + " · " + Texts.rateOrDash(workflow.acceptance());
    }
}
