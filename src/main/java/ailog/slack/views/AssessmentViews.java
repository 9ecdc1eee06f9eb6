package ailog.slack.views;

import ailog.app.outbox.Message;
import ailog.app.report.ReportText;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.Answer;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.SixWeekAssessment;

/** The six-week assessment for owners: the one verdict, the three checks, the next step, then "also". */
final class AssessmentViews {
    private AssessmentViews() {}

    static Reply render(Message message) {
        if (message instanceof Message.Assessment assessment) {
            SixWeekAssessment a = assessment.assessment();
            return assessment.forOwner() ? forOwner(a) : AssessmentSummary.forMember(a);
        }
        if (message instanceof Message.WeeklyReport weekly) {
            return ReportView.weekly(weekly.report(), weekly.late(), weekly.changes());
        }
        throw new IllegalArgumentException("no view for " + message.getClass().getSimpleName());
    }

    private static Reply forOwner(SixWeekAssessment a) {
        StringBuilder text = new StringBuilder(":bar_chart: *Six-week assessment for <@" + a.userId() + ">* (trained "
                + a.enrollment().trainedOn() + "): *" + a.verdictLine() + "*\n"
                + mark(Answer.of(a.frequencyOk())) + " Frequency: " + Texts.perWeek(a.runsPerWeekInWeeks5To6())
                + " in " + weeks(5, 6, a.rules().frequencyWeeks()) + " (needs "
                + a.rules().runsPerWeek() + " a week)\n"
                + mark(a.quality()) + " Quality: " + quality(a) + "\n"
                + mark(Answer.of(a.expansionOk())) + " Expansion: " + beyondTraining(a.workflowsOutsideTrained())
                + " in " + weeks(1, 6, a.rules().expansionWeeks()) + "\n*Next step*\n• " + a.verdict().nextStep());
        if (!a.also().isEmpty()) {
            text.append("\n*Also*");
            a.also().forEach(v -> text.append("\n• ").append(v.label()).append(" → ").append(v.nextStep()));
        }
        return Reply.of(text.toString());
    }

    private static String quality(SixWeekAssessment a) {
        String in = " in " + weeks(3, 6, a.rules().qualityWeeks());
        String target = " (target " + a.targetPercent() + "%)";
        if (a.quality().judged()) {
            return "acceptance " + figure(a.weeks3To6()) + in + target;
        }
        return "not enough runs to judge — " + figure(a.weeks3To6()) + in + ", " + AcceptanceRate.RUNS_TO_JUDGE
                + " needed" + target;
    }

    /** "88% (7 of 8, 95% range 53–98%)": the range whether judged or shown beside "not enough runs"; or "no runs". */
    static String figure(AcceptanceRate rate) {
        return rate.runs() == 0 ? "no runs" : ReportText.ranged(rate);
    }

    /** "weeks 5–6 (Sat 26 Dec – Fri 8 Jan)": every figure names the days it covers, as the assessment stored them. */
    static String weeks(int first, int last, ReportWindow days) {
        return "weeks " + first + "–" + last + " (" + days.label() + ")";
    }

    private static String beyondTraining(int workflows) {
        return (workflows == 0 ? "no workflow" : workflows == 1 ? "1 workflow" : workflows + " workflows")
                + " beyond the training";
    }

    /** ✓, ✗, or a question mark for a check with too few runs to judge. */
    static String mark(Answer answer) {
        return switch (answer) {
            case YES -> ":white_check_mark:";
            case NO -> ":x:";
            case NOT_ENOUGH_RUNS -> ":grey_question:";
        };
    }
}
