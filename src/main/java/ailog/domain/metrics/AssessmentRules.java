package ailog.domain.metrics;

import ailog.domain.Enrollment;
import java.util.Objects;

/**
 * The bars and dates a six-week assessment is judged by, kept with the verdict so that a later change of target,
 * of the enrollment or of the code's constants never rewrites a verdict already given.
 */
public record AssessmentRules(int targetPercent, int runsPerWeek, ReportWindow frequencyWeeks,
        ReportWindow qualityWeeks, ReportWindow expansionWeeks) {

    public AssessmentRules {
        if (targetPercent < 1 || targetPercent > 100) {
            throw new IllegalArgumentException("a target is 1–100 percent, not " + targetPercent);
        }
        if (runsPerWeek < 1) {
            throw new IllegalArgumentException("a frequency goal is at least 1 run a week, not " + runsPerWeek);
        }
        Objects.requireNonNull(frequencyWeeks, "frequencyWeeks");
        Objects.requireNonNull(qualityWeeks, "qualityWeeks");
        Objects.requireNonNull(expansionWeeks, "expansionWeeks");
    }

    /** Today's rules for the enrollment: its own target, 3 runs a week, weeks 5–6, 3–6 and 1–6. */
    public static AssessmentRules of(Enrollment enrollment) {
        return new AssessmentRules(enrollment.targetPercent(), SixWeekAssessment.RUNS_PER_WEEK,
                SixWeekAssessment.weeks(enrollment, 5, 6), SixWeekAssessment.weeks(enrollment, 3, 6),
                SixWeekAssessment.weeks(enrollment, 1, 6));
    }

    /** The bars two assessments are compared on; the windows differ with every training day, so they are left out. */
    public String bars() {
        return targetPercent + "% target, " + runsPerWeek + " runs a week";
    }
}
