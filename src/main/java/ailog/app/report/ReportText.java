package ailog.app.report;

import ailog.domain.WorkflowKey;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.Answer;
import ailog.domain.metrics.MemberRow;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.Segment;
import ailog.domain.metrics.SegmentSplit;
import ailog.domain.metrics.SixWeekAssessment;
import ailog.domain.metrics.TeamReport;
import ailog.domain.metrics.WilsonInterval;
import ailog.domain.metrics.WorkflowRow;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** The report as plain text, every row included: the headline, then workflows, members, segments, assessments. */
public final class ReportText {
    private ReportText() {}

    public static String of(TeamReport report) {
        StringJoiner text = new StringJoiner("\n");
        text.add(report.headline());
        text.add(report.window().from() + " to " + report.window().to() + ", target " + report.targetPercent() + "%");
        text.add("").add("Workflows");
        report.workflows().forEach(row -> text.add("- " + workflow(row)));
        text.add("").add("Members");
        report.members().forEach(row -> text.add("- " + member(row)));
        text.add("").add("Segments over the last " + Segment.DAYS + " days, against the unguided baseline");
        SegmentSplit split = report.segments();
        for (Segment segment : Segment.values()) {
            text.add("- " + segment(split, segment));
        }
        text.add("").add("Six-week assessments due");
        report.assessmentRulesNote().ifPresent(text::add);
        report.assessments().forEach(a -> text.add("- " + assessment(a)));
        if (report.assessments().isEmpty()) {
            text.add("- none came due");
        }
        return text.toString();
    }

    /** "75% (9 of 12)", "—" without runs, "too few to judge" under five runs. */
    public static String rate(AcceptanceRate rate) {
        if (rate.runs() == 0) {
            return "—";
        }
        return rate.tooFewToJudge() ? figure(rate) + ", too few to judge" : figure(rate);
    }

    /** "75% (9 of 12)": the rate beside the runs it stands on; for a rate with runs. */
    public static String figure(AcceptanceRate rate) {
        return rate.percent().getAsInt() + "% (" + rate.accepted() + " of " + rate.runs() + ")";
    }

    /** "88% (7 of 8, 95% range 53–98%)": the figure with where the true rate plausibly lies; for a rate with runs. */
    public static String ranged(AcceptanceRate rate) {
        return ranged(rate, "");
    }

    /** As {@link #ranged(AcceptanceRate)}, a note in the brackets: "75% (3 of 4, 95% range 30–95%, too few …)". */
    public static String ranged(AcceptanceRate rate, String note) {
        return rate.percent().getAsInt() + "% (" + rate.accepted() + " of " + rate.runs() + ", " + range(rate) + note
                + ")";
    }

    /** "95% range 53–98%": the Wilson 95% interval in words, the one wording of a rate's uncertainty; with runs. */
    public static String range(AcceptanceRate rate) {
        WilsonInterval interval = WilsonInterval.of(rate).orElseThrow();
        return "95% range " + interval.lowPercent() + "–" + interval.highPercent() + "%";
    }

    private static String workflow(WorkflowRow row) {
        return row.name() + " [" + row.key() + "]: " + runs(row.runs()) + ", acceptance " + rate(row.acceptance())
                + ", top edit: " + row.topEditType().map(e -> e.label() + " -> fix the " + e.fix().label())
                        .orElse("none")
                + (row.belowThreshold() ? ", BELOW THRESHOLD" : "");
    }

    private static String member(MemberRow row) {
        return row.userId() + ": " + runs(row.runs()) + ", acceptance " + rate(row.acceptance()) + ", "
                + counted(row.workflowCount90d(), "workflow") + " in 90 days"
                + (row.timeToFirstRunDays().isPresent()
                        ? ", first run " + counted(row.timeToFirstRunDays().getAsInt(), "day") + " after training" : "")
                + ", " + row.segment().label() + (row.atRisk() ? ", AT RISK" : "");
    }

    private static String segment(SegmentSplit split, Segment segment) {
        String share = split.percent(segment).isPresent() ? " (" + split.percent(segment).getAsInt() + "%)" : "";
        return segment.label() + "s: " + split.count(segment) + share + ", baseline " + segment.baseline()
                + split.against(segment).map(position -> ", " + position.key()).orElse("");
    }

    /** The one verdict, the three checks, the next step, then the other "no" answers with their steps. */
    private static String assessment(SixWeekAssessment a) {
        return a.userId() + ", trained " + a.enrollment().trainedOn() + " on "
                + a.enrollment().workflows().stream().map(WorkflowKey::value).collect(Collectors.joining(", "))
                + ", due " + a.dueOn() + given(a) + ": " + a.verdictLine()
                + "\n  frequency " + yesNo(a.frequencyOk()) + " (" + runs(a.weeks5To6().runs())
                + " of trained workflows in weeks 5–6, " + days(a.rules().frequencyWeeks()) + ", "
                + a.rules().runsPerWeek() + " a week needed)"
                + ", quality " + quality(a)
                + ", expansion " + yesNo(a.expansionOk())
                + " (" + counted(a.workflowsOutsideTrained(), "other workflow") + ", "
                + days(a.rules().expansionWeeks()) + ")"
                + "\n  next: " + a.verdict().nextStep()
                + a.also().stream().map(v -> "\n  also: " + v.label() + " -> " + v.nextStep())
                        .collect(Collectors.joining());
    }

    /** "yes (7 of 8 accepted, 95% range 53–98%, in weeks 3–6, 2026-03-04 to 2026-03-31, target 70%)". */
    private static String quality(SixWeekAssessment a) {
        AcceptanceRate rate = a.weeks3To6();
        return answer(a.quality()) + " (" + rate.accepted() + " of " + rate.runs() + " accepted"
                + (rate.runs() == 0 ? "" : ", " + range(rate) + ",") + " in weeks 3–6, "
                + days(a.rules().qualityWeeks()) + ", target " + a.targetPercent() + "%)";
    }

    /** ", given 2027-01-09" for a verdict sent and stored; ", not given yet" for one judged as the report is built. */
    private static String given(SixWeekAssessment a) {
        return a.givenOn().map(day -> ", given " + day).orElse(", not given yet");
    }

    private static String days(ReportWindow window) {
        return window.from() + " to " + window.to();
    }

    private static String yesNo(boolean ok) {
        return ok ? "yes" : "no";
    }

    private static String answer(Answer answer) {
        return switch (answer) {
            case YES -> "yes";
            case NO -> "no";
            case NOT_ENOUGH_RUNS -> "not enough runs to judge";
        };
    }

    private static String runs(int count) {
        return counted(count, "run");
    }

    private static String counted(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
