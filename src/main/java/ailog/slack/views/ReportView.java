package ailog.slack.views;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import ailog.app.report.ReportDays;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.LateRuns;
import ailog.domain.metrics.Answer;
import ailog.domain.metrics.MemberRow;
import ailog.domain.metrics.Segment;
import ailog.domain.metrics.SegmentSplit;
import ailog.domain.metrics.SixWeekAssessment;
import ailog.domain.metrics.TeamReport;
import ailog.domain.metrics.BeforeAfter;
import java.util.Optional;
import ailog.domain.metrics.WorkflowRow;
import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code /ailog report [days=N]} for owners: the report cut to its first rows, so any team fits one message. */
public final class ReportView {
    public static final String EXAMPLE = "/ailog report days=28";
    static final int MAX_ROWS = 20;
    static final int MAX_ASSESSMENTS = 10;
    static final int MAX_AT_RISK = 40;
    static final String FOR_ALL = "run `java -jar ailog.jar report` for all";

    private ReportView() {}

    /** Reads {@code days=N} (a week without it), then shows the report for that many days. */
    public static Reply answer(String arguments, IntFunction<TeamReport> reportForDays) {
        ReportDays days;
        try {
            days = ReportDays.fromArguments(arguments);
        } catch (IllegalArgumentException e) {
            return Reply.withExample(":warning: I can't make the report `/ailog report "
                    + Texts.echo(arguments.strip(), 40) + "`: " + e.getMessage() + ".", EXAMPLE);
        }
        return of(reportForDays.apply(days.value()));
    }

    public static Reply of(TeamReport report) {
        return of(report, LateRuns.none());
    }

    /** The report, and the runs of earlier reports' days logged since the last one went out. */
    public static Reply of(TeamReport report, LateRuns late) {
        return of(report, late, Optional.empty());
    }

    /** The weekly DM: the report, late runs, and the changes to the foundations of the last 8 weeks. */
    public static Reply weekly(TeamReport report, LateRuns late, List<BeforeAfter> changes) {
        return of(report, late, Optional.of(changes));
    }

    private static Reply of(TeamReport report, LateRuns late, Optional<List<BeforeAfter>> changes) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("report_headline").text(markdownText(":bar_chart: *Team report* "
                + report.window().label() + " · target " + report.targetPercent() + "%\n"
                + report.headline()))));
        if (late.any()) {
            blocks.add(context(c -> c.blockId("report_late").elements(List.of(markdownText(":hourglass: "
                    + Texts.late(late, "the report of those days") + " (not in the figures above)")))));
        }
        blocks.addAll(Sections.of("report_workflows", "*Workflows*", ReportRows.workflows(report.workflows(),
                report.targetPercent())));
        changes.ifPresent(list -> {
            blocks.addAll(Sections.of("report_changes", "*Changes to the foundations, last 8 weeks*",
                    ReportChanges.lines(list, report)));
            blocks.add(section(s -> s.blockId("report_points_at").text(markdownText(
                    ReportChanges.pointsAt(report.editTypes())))));
        });
        blocks.addAll(Sections.of("report_members", "*Members*", ReportRows.members(report.members())));
        blocks.add(section(s -> s.blockId("report_segments").text(markdownText(segments(report.segments())))));
        blocks.addAll(Sections.of("report_assessments", "*Six-week assessments due*",
                ReportRows.assessments(report, report.today())));
        blocks.add(context(c -> c.blockId("report_notes").elements(List.of(markdownText(
                "Rates from fewer than 5 runs are too few to judge · at risk: enrolled, no run in 7 days · every row:"
                        + " `java -jar ailog.jar report`")))));
        return new Reply(report.headline(), blocks);
    }

    private static String segments(SegmentSplit split) {
        StringBuilder text = new StringBuilder("*Segments* over the last " + Segment.DAYS + " days ("
                + split.total() + " members), against the unguided baseline");
        for (Segment segment : Segment.values()) {
            text.append("\n• ").append(segment.label()).append("s: ").append(split.count(segment))
                    .append(split.percent(segment).isPresent() ? " (" + split.percent(segment).getAsInt() + "%)" : "")
                    .append(" — baseline ").append(segment.baseline())
                    .append(split.against(segment).map(p -> ", *" + p.key() + "*").orElse(""));
        }
        return text.toString();
    }

    /** One line per row, the first rows only, then how many more. */
    private static final class ReportRows {
        static List<String> workflows(List<WorkflowRow> rows, int target) {
            List<WorkflowRow> underReviewFirst = Stream.concat(rows.stream().filter(WorkflowRow::belowThreshold),
                    rows.stream().filter(r -> !r.belowThreshold())).toList();
            return cut(underReviewFirst.stream().map(row -> workflow(row, target)).toList(), MAX_ROWS,
                    "No workflows in the catalog yet.");
        }

        static List<String> members(List<MemberRow> rows) {
            List<String> lines = new ArrayList<>(cut(rows.stream().map(ReportRows::member).toList(), MAX_ROWS,
                    "No enrolled members and no runs yet."));
            List<String> atRiskNotShown = rows.stream().skip(MAX_ROWS).filter(MemberRow::atRisk)
                    .map(r -> "<@" + r.userId() + ">").toList();
            if (!atRiskNotShown.isEmpty()) {
                lines.add(":warning: *Also at risk:* " + String.join(", ", atRiskNotShown.stream().limit(MAX_AT_RISK)
                        .toList()) + (atRiskNotShown.size() > MAX_AT_RISK
                        ? " and " + (atRiskNotShown.size() - MAX_AT_RISK) + " more" : ""));
            }
            return lines;
        }

        /** The verdicts as given, after a warning when they were not all judged by the same bars. */
        static List<String> assessments(TeamReport report, LocalDate today) {
            List<String> lines = new ArrayList<>();
            report.assessmentRulesNote().ifPresent(note -> lines.add(":warning: " + note));
            lines.addAll(cut(report.assessments().stream().map(a -> assessment(a, today)).toList(), MAX_ASSESSMENTS,
                    "None came due in this window."));
            return lines;
        }

        private static String workflow(WorkflowRow row, int target) {
            return "• *" + Texts.escape(row.name()) + "* — " + Texts.runs(row.runs()) + " · "
                    + Texts.rate(row.acceptance()) + " · top edit: " + Texts.editTypeWithFix(row.topEditType())
                    + (row.belowThreshold() ? " · :small_red_triangle_down: *below threshold* — "
                            + ReportChanges.belowTarget(row.acceptance(), target) : "");
        }

        private static String member(MemberRow row) {
            return "• <@" + row.userId() + "> — " + Texts.runs(row.runs()) + " · " + Texts.rate(row.acceptance())
                    + " · " + row.workflowCount90d() + (row.workflowCount90d() == 1 ? " workflow" : " workflows")
                    + " in 90 days · " + row.segment().label()
                    + (row.atRisk() ? " · :warning: *at risk*" : "");
        }

        /** The one verdict with its next step, the three checks, then the other "no" answers with theirs. */
        private static String assessment(SixWeekAssessment a, LocalDate today) {
            String quality = AssessmentViews.figure(a.weeks3To6());
            return "• <@" + a.userId() + ">, trained " + Texts.day(a.enrollment().trainedOn(), today) + " on "
                    + a.enrollment().workflows().stream().map(WorkflowKey::value).collect(Collectors.joining(", "))
                    + ": *" + a.verdictLine() + "* — next: " + a.verdict().nextStep() + "\n"
                    + "   " + a.givenOn().map(day -> "given " + Texts.day(day, today)).orElse("not given yet")
                    + " · target " + a.targetPercent() + "% · "
                    + AssessmentViews.mark(Answer.of(a.frequencyOk())) + " frequency "
                    + Texts.runs(a.weeks5To6().runs()) + " in weeks 5–6 · "
                    + AssessmentViews.mark(a.quality()) + " quality " + quality
                    + (a.quality().judged() ? "" : ", not enough runs to judge") + " · "
                    + AssessmentViews.mark(Answer.of(a.expansionOk())) + " expansion"
                    + a.also().stream().map(v -> "\n   also: " + v.label() + " → " + v.nextStep())
                            .collect(Collectors.joining());
        }

        private static List<String> cut(List<String> lines, int max, String none) {
            if (lines.isEmpty()) {
                return List.of(none);
            }
            List<String> shown = new ArrayList<>(lines.subList(0, Math.min(max, lines.size())));
            if (lines.size() > max) {
                shown.add("…and " + (lines.size() - max) + " more — " + FOR_ALL);
            }
            return shown;
        }
    }
}
