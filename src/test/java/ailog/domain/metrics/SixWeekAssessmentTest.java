package ailog.domain.metrics;

import static ailog.domain.metrics.EnrollmentBuilder.TRAINED;
import static ailog.domain.metrics.EnrollmentBuilder.anEnrollment;
import static ailog.domain.metrics.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ailog.domain.Enrollment;
import ailog.domain.Run;
import ailog.domain.WorkflowKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SixWeekAssessmentTest {
    private final Enrollment enrollment = anEnrollment().of("U1").on("proposal", "status-update").target(70).build();

    private static RunBuilder trainedRunOnDay(int day) {
        return aRun().by("U1").of("proposal").on(TRAINED.plusDays(day));
    }

    private static RunBuilder untrainedRunOnDay(int day) {
        return aRun().by("U1").of("support-ticket").on(TRAINED.plusDays(day));
    }

    @ParameterizedTest(name = "frequency {0}, quality {1}, expansion {2} → {3}")
    @MethodSource("ailog.domain.metrics.VerdictTest#decisionTable")
    void everyCombinationOfAnswersGivesItsVerdictsInOrder(boolean frequent, boolean good, boolean expanded,
            String expected) {
        List<Run> runs = new ArrayList<>();
        RunBuilder late = trainedRunOnDay(35);
        runs.addAll((good ? late.accepted() : late.notUsed()).times(frequent ? 6 : 5));
        if (expanded) {
            runs.add(untrainedRunOnDay(10).build());
        }

        SixWeekAssessment assessment = SixWeekAssessment.of(enrollment, runs);

        assertThat(List.of(assessment.frequencyOk(), assessment.qualityOk(), assessment.expansionOk()))
                .isEqualTo(List.of(frequent, good, expanded));
        assertThat(assessment.verdicts()).isEqualTo(VerdictTest.verdicts(expected));
        assertThat(assessment.verdict()).isEqualTo(VerdictTest.verdicts(expected).get(0));
        assertThat(assessment.nextSteps())
                .isEqualTo(VerdictTest.verdicts(expected).stream().map(Verdict::nextStep).toList());
    }

    @Test
    void weekOneIsDaysOneToSevenAndWeekTwoStartsOnDayEight() {
        ReportWindow weekOne = SixWeekAssessment.weeks(enrollment, 1, 1);
        ReportWindow weekTwo = SixWeekAssessment.weeks(enrollment, 2, 2);

        assertThat(weekOne.contains(TRAINED)).isFalse();
        assertThat(weekOne.contains(TRAINED.plusDays(1))).isTrue();
        assertThat(weekOne.contains(TRAINED.plusDays(7))).isTrue();
        assertThat(weekTwo.contains(TRAINED.plusDays(7))).isFalse();
        assertThat(weekTwo.contains(TRAINED.plusDays(8))).isTrue();
    }

    @Test
    void frequencyCountsDaysTwentyNineToFortyTwoOnly() {
        List<Run> runs = new ArrayList<>();
        runs.addAll(trainedRunOnDay(28).times(4));
        runs.add(trainedRunOnDay(29).build());
        runs.add(trainedRunOnDay(42).build());
        runs.addAll(trainedRunOnDay(43).times(4));

        SixWeekAssessment assessment = SixWeekAssessment.of(enrollment, runs);

        assertThat(assessment.weeks5To6()).isEqualTo(new Frequency(2, 14));
        assertThat(assessment.runsPerWeekInWeeks5To6()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void qualityCountsDaysFifteenToFortyTwoWithNotUsedRunsInTheDenominator() {
        List<Run> runs = new ArrayList<>();
        runs.addAll(trainedRunOnDay(14).notUsed().times(5));
        runs.addAll(trainedRunOnDay(15).accepted().times(2));
        runs.add(trainedRunOnDay(42).notUsed().build());

        SixWeekAssessment assessment = SixWeekAssessment.of(enrollment, runs);

        assertThat(assessment.weeks3To6()).isEqualTo(new AcceptanceRate(2, 3));
        assertThat(assessment.qualityOk()).isFalse();
    }

    @Test
    void noRunsInWeeksThreeToSixIsNoRateAndNotOk() {
        SixWeekAssessment assessment = SixWeekAssessment.of(enrollment, trainedRunOnDay(3).times(10));

        assertThat(assessment.weeks3To6().percent()).isEmpty();
        assertThat(assessment.qualityOk()).isFalse();
    }

    @Test
    void runsOfWorkflowsOutsideTheTrainedSetCountForExpansionOnly() {
        List<Run> runs = new ArrayList<>(untrainedRunOnDay(30).times(8));
        runs.add(aRun().by("U1").of("shift-handover").on(TRAINED.plusDays(1)).build());

        SixWeekAssessment assessment = SixWeekAssessment.of(enrollment, runs);

        assertThat(assessment.weeks5To6().runs()).isEqualTo(0);
        assertThat(assessment.weeks3To6().runs()).isEqualTo(0);
        assertThat(assessment.outsideTrained())
                .containsExactly(new WorkflowKey("shift-handover"), new WorkflowKey("support-ticket"));
        assertThat(assessment.workflowsOutsideTrained()).isEqualTo(2);
    }

    @Test
    void anUntrainedRunOnTrainingDayOrAfterDayFortyTwoIsNoExpansion() {
        SixWeekAssessment assessment = SixWeekAssessment.of(enrollment, List.of(
                untrainedRunOnDay(0).build(), untrainedRunOnDay(43).build()));

        assertThat(assessment.expansionOk()).isFalse();
    }

    @Test
    void anotherMembersRunsDoNotCount() {
        SixWeekAssessment assessment = SixWeekAssessment.of(enrollment, List.of(
                untrainedRunOnDay(5).by("U2").build(), trainedRunOnDay(35).by("U2").build()));

        assertThat(assessment.expansionOk()).isFalse();
        assertThat(assessment.weeks5To6().runs()).isEqualTo(0);
    }

    @Test
    void theAssessmentIsDueOnDayFortyTwo() {
        assertThat(SixWeekAssessment.of(enrollment, List.of()).dueOn()).isEqualTo(TRAINED.plusDays(42));
    }
}
