package ailog.slack.views;

import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.SixWeekAssessment;
import ailog.domain.metrics.Verdict;

/** The member's own six-week summary: a cheer only when adoption is working, a plain helpful account otherwise. */
final class AssessmentSummary {
    private AssessmentSummary() {}

    static Reply forMember(SixWeekAssessment a) {
        String opening = a.verdict() == Verdict.ADOPTION_WORKING
                ? ":tada: *Six weeks since your AI training — this is real adoption.*"
                : ":compass: *Six weeks since your AI training: here is where you stand.*";
        return Reply.of(opening + "\n" + frequency(a) + " " + quality(a) + " " + expansion(a) + " "
                + closing(a.verdict()));
    }

    private static String frequency(SixWeekAssessment a) {
        String weeks = AssessmentViews.weeks(5, 6, a.rules().frequencyWeeks());
        return a.weeks5To6().runs() == 0 ? "You logged no runs of your trained workflows in " + weeks + "."
                : "In " + weeks + " you logged " + Texts.perWeek(a.runsPerWeekInWeeks5To6())
                        + " of your trained workflows.";
    }

    private static String quality(SixWeekAssessment a) {
        AcceptanceRate rate = a.weeks3To6();
        if (a.quality().judged()) {
            return "In " + AssessmentViews.weeks(3, 6, a.rules().qualityWeeks()) + ", " + AssessmentViews.figure(rate)
                    + " of your outputs were usable as-is or with light edits.";
        }
        return "With " + (rate.runs() == 0 ? "no runs" : Texts.runs(rate.runs())) + " logged in "
                + AssessmentViews.weeks(3, 6, a.rules().qualityWeeks()) + ", it is too early to judge their quality ("
                + AcceptanceRate.RUNS_TO_JUDGE + " are needed).";
    }

    private static String expansion(SixWeekAssessment a) {
        int outside = a.workflowsOutsideTrained();
        return outside == 0 ? "You have not tried a workflow beyond the training yet."
                : "You tried " + (outside == 1 ? "1 workflow" : outside + " workflows") + " beyond the training.";
    }

    /** What comes next, in the member's terms, for the one verdict. */
    private static String closing(Verdict verdict) {
        return switch (verdict) {
            case ADOPTION_WORKING -> "Thank you — your owner will plan the next workflows with you.";
            case WORKING_QUALITY_NOT_JUDGED -> "You use AI often; log every run so its quality can be judged too.";
            case REVERTED -> "Every run counts: pick one workflow you can use on real work in the next few days.";
            case QUALITY_BAR_NOT_MET -> "Your owner has your numbers and will help fix what makes outputs need"
                    + " heavy edits.";
            case STABLE_NOT_DEEPENING -> "You use AI steadily; your owner will help you take it to more of your work.";
        };
    }
}
