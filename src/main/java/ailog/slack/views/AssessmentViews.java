package ailog.slack.views;

import ailog.app.outbox.Message;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.SixWeekAssessment;
import ailog.domain.metrics.Verdict;
import java.util.Locale;
import java.util.stream.Collectors;

/** The six-week assessment: the verdict and next steps for owners, an encouraging summary for the member. */
final class AssessmentViews {
    private AssessmentViews() {}

    static Reply render(Message message) {
        if (message instanceof Message.Assessment assessment) {
            return assessment.forOwner() ? forOwner(assessment.assessment()) : forMember(assessment.assessment());
        }
        if (message instanceof Message.WeeklyReport weekly) {
            return ReportView.of(weekly.report(), weekly.late());
        }
        throw new IllegalArgumentException("no view for " + message.getClass().getSimpleName());
    }

    private static Reply forOwner(SixWeekAssessment a) {
        String verdicts = a.verdicts().stream().map(Verdict::label).collect(Collectors.joining("; "));
        String steps = a.nextSteps().stream().map(s -> "• " + s).collect(Collectors.joining("\n"));
        String text = ":bar_chart: *Six-week assessment for <@" + a.userId() + ">* (trained "
                + a.enrollment().trainedOn() + "): *" + verdicts + "*\n"
                + mark(a.frequencyOk()) + " Frequency: " + perWeek(a) + " runs a week in weeks 5–6 (needs 3)\n"
                + mark(a.qualityOk()) + " Quality: acceptance " + Texts.rate(a.weeks3To6()) + " in weeks 3–6 (target "
                + a.enrollment().targetPercent() + "%)\n"
                + mark(a.expansionOk()) + " Expansion: " + a.workflowsOutsideTrained()
                + " workflow(s) beyond the training\n*Next step*\n" + steps;
        return Reply.of(text);
    }

    private static Reply forMember(SixWeekAssessment a) {
        String text = ":tada: *Six weeks since your AI training.* In weeks 5–6 you ran about " + perWeek(a)
                + " workflows a week; " + quality(a.weeks3To6()) + "; you tried " + a.workflowsOutsideTrained()
                + " workflow(s) beyond the training. " + encouragement(a);
        return Reply.of(text);
    }

    private static String quality(AcceptanceRate weeks3To6) {
        return weeks3To6.runs() == 0 ? "you logged no runs in weeks 3–6"
                : Texts.rate(weeks3To6) + " of your outputs in weeks 3–6 were usable as-is or with light edits";
    }

    private static String encouragement(SixWeekAssessment a) {
        if (a.frequencyOk() && a.qualityOk() && a.expansionOk()) {
            return "That is real adoption — thank you. Your owner will plan the next workflows with you.";
        }
        if (!a.frequencyOk()) {
            return "Every run counts: pick one workflow you can use on real work this week.";
        }
        return "Your owner has your numbers and will help with what gets in the way.";
    }

    private static String perWeek(SixWeekAssessment a) {
        return String.format(Locale.ROOT, "%.1f", a.runsPerWeekInWeeks5To6());
    }

    private static String mark(boolean ok) {
        return ok ? ":white_check_mark:" : ":x:";
    }
}
