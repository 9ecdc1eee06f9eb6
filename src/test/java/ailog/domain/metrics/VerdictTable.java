package ailog.domain.metrics;

import static ailog.domain.metrics.Answer.NO;
import static ailog.domain.metrics.Answer.NOT_ENOUGH_RUNS;
import static ailog.domain.metrics.Answer.YES;
import static ailog.domain.metrics.Verdict.ADOPTION_WORKING;
import static ailog.domain.metrics.Verdict.QUALITY_BAR_NOT_MET;
import static ailog.domain.metrics.Verdict.REVERTED;
import static ailog.domain.metrics.Verdict.STABLE_NOT_DEEPENING;
import static ailog.domain.metrics.Verdict.WORKING_QUALITY_NOT_JUDGED;

import ailog.domain.WorkflowKey;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The decision table of SPEC §7, shared by the verdict, assessment and message tests: frequency (yes/no), quality
 * (yes/no/not enough runs) and expansion (yes/no), with the one verdict and the other "no" answers in order.
 */
public final class VerdictTable {
    private VerdictTable() {}

    /** frequency ok, quality, expansion ok, the verdict, the "also" verdicts. */
    public static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of(true, YES, true, ADOPTION_WORKING, List.of()),
                Arguments.of(false, YES, true, REVERTED, List.of()),
                Arguments.of(true, NO, true, QUALITY_BAR_NOT_MET, List.of()),
                Arguments.of(true, YES, false, STABLE_NOT_DEEPENING, List.of()),
                Arguments.of(false, NO, true, REVERTED, List.of(QUALITY_BAR_NOT_MET)),
                Arguments.of(false, YES, false, REVERTED, List.of(STABLE_NOT_DEEPENING)),
                Arguments.of(true, NO, false, QUALITY_BAR_NOT_MET, List.of(STABLE_NOT_DEEPENING)),
                Arguments.of(false, NO, false, REVERTED, List.of(QUALITY_BAR_NOT_MET, STABLE_NOT_DEEPENING)),
                Arguments.of(true, NOT_ENOUGH_RUNS, true, WORKING_QUALITY_NOT_JUDGED, List.of()),
                Arguments.of(false, NOT_ENOUGH_RUNS, true, REVERTED, List.of()),
                Arguments.of(true, NOT_ENOUGH_RUNS, false, STABLE_NOT_DEEPENING, List.of()),
                Arguments.of(false, NOT_ENOUGH_RUNS, false, REVERTED, List.of(STABLE_NOT_DEEPENING)));
    }

    /**
     * The rows that runs can bring about: frequency "yes" means 6 runs in weeks 5–6, which are always enough to judge
     * quality, so the two rows with frequency "yes" and quality not judged exist only as figures set directly.
     */
    public static Stream<Arguments> rowsFromRuns() {
        return rows().filter(row -> !((Boolean) row.get()[0] && row.get()[1] == NOT_ENOUGH_RUNS));
    }

    /**
     * An assessment of U1 (trained on proposal, target 70%) with figures that give these answers. A "no" on
     * frequency is 2.5 runs a week beside a "yes" on quality, 1 beside a "no", and none beside too few to judge;
     * too few is 2 of 3. Frequency "yes" with too few quality runs cannot come from runs (6 in weeks 5–6 are already
     * 5 in weeks 3–6), so these figures are set directly.
     */
    public static SixWeekAssessment assessment(boolean frequencyOk, Answer quality, boolean expansionOk) {
        Frequency frequency = new Frequency(frequencyOk ? 7 : switch (quality) {
            case YES -> 5;
            case NO -> 2;
            case NOT_ENOUGH_RUNS -> 0;
        }, 14);
        AcceptanceRate weeks3To6 = switch (quality) {
            case YES -> new AcceptanceRate(7, 8);
            case NO -> new AcceptanceRate(2, 8);
            case NOT_ENOUGH_RUNS -> new AcceptanceRate(2, 3);
        };
        List<WorkflowKey> outside = !expansionOk ? List.of()
                : frequencyOk ? List.of(new WorkflowKey("support-ticket"))
                : List.of(new WorkflowKey("support-ticket"), new WorkflowKey("shift-handover"));
        return new SixWeekAssessment(EnrollmentBuilder.anEnrollment().build(), frequency, weeks3To6, outside);
    }
}
