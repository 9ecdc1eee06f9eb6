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

    @ParameterizedTest(name = "frequency {0}, quality {1}, expansion {2} → {3}, also {4}")
    @MethodSource("ailog.domain.metrics.VerdictTable#rows")
    void everyCombinationOfAnswersGivesOneVerdictItsStepsAndWhatWasNotJudged(boolean frequent, Answer quality,
            boolean expanded, Verdict verdict, List<Verdict> also) {
        SixWeekAssessment assessment = VerdictTable.assessment(frequent, quality, expanded);

        assertThat(List.of(assessment.frequencyOk(), assessment.quality(), assessment.expansionOk()))
                .isEqualTo(List.of(frequent, quality, expanded));
        assertThat(assessment.verdict()).isEqualTo(verdict);
        assertThat(assessment.also()).isEqualTo(also);
        List<String> steps = new ArrayList<>(List.of(verdict.nextStep()));
        also.forEach(v -> steps.add(v.nextStep()));
        assertThat(assessment.nextSteps()).isEqualTo(steps);
        assertThat(assessment.verdictLine()).isEqualTo(quality.judged() ? verdict.label()
                : verdict.label() + "; quality not judged: 3 runs in weeks 3–6, 5 needed");
    }

    @ParameterizedTest(name = "frequency {0}, quality {1}, expansion {2} → {3}, also {4}")
    @MethodSource("ailog.domain.metrics.VerdictTable#rowsFromRuns")
    void theAnswersComeFromTheRunsOfEachWindow(boolean frequent, Answer quality, boolean expanded, Verdict verdict,
            List<Verdict> also) {
        List<Run> runs = new ArrayList<>();
        RunBuilder late = trainedRunOnDay(35);
        int lateRuns = frequent ? 6 : quality.judged() ? 5 : 3;
        runs.addAll((quality == Answer.NO ? late.notUsed() : late.accepted()).times(lateRuns));
        if (expanded) {
            runs.add(untrainedRunOnDay(10).build());
        }

        SixWeekAssessment assessment = SixWeekAssessment.of(enrollment, runs);

        assertThat(List.of(assessment.frequencyOk(), assessment.quality(), assessment.expansionOk()))
                .isEqualTo(List.of(frequent, quality, expanded));
        assertThat(assessment.verdict()).isEqualTo(verdict);
        assertThat(assessment.also()).isEqualTo(also);
    }

    @Test
    void aMemberWhoRanOftenEnoughInWeeksFiveAndSixAlwaysHasEnoughRunsToJudgeQuality() {
        SixWeekAssessment assessment = SixWeekAssessment.of(enrollment, trainedRunOnDay(42).times(6));

        assertThat(assessment.frequencyOk()).isTrue();
        assertThat(assessment.quality().judged()).isTrue();
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
    }

    @Test
    void fiveRunsInWeeksThreeToSixUnderTargetAreANoOnQuality() {
        List<Run> runs = new ArrayList<>(trainedRunOnDay(15).notUsed().times(2));
        runs.addAll(trainedRunOnDay(42).accepted().times(3));

        SixWeekAssessment assessment = SixWeekAssessment.of(enrollment, runs);

        assertThat(assessment.weeks3To6()).isEqualTo(new AcceptanceRate(3, 5));
        assertThat(assessment.quality()).isEqualTo(Answer.NO);
    }

    @Test
    void fewerThanFiveRunsInWeeksThreeToSixAreNotEnoughToJudgeQualityNeverANo() {
        SixWeekAssessment oneRun = SixWeekAssessment.of(enrollment, List.of(trainedRunOnDay(35).notUsed().build()));

        assertThat(oneRun.quality()).isEqualTo(Answer.NOT_ENOUGH_RUNS);
        assertThat(oneRun.verdict()).isEqualTo(Verdict.REVERTED);
        assertThat(oneRun.also()).containsExactly(Verdict.STABLE_NOT_DEEPENING);
        assertThat(oneRun.verdictLine()).isEqualTo("reverted; quality not judged: 1 run in weeks 3–6, 5 needed");
    }

    @Test
    void noRunsInWeeksThreeToSixIsNoRateAndNotJudged() {
        SixWeekAssessment assessment = SixWeekAssessment.of(enrollment, trainedRunOnDay(3).times(10));

        assertThat(assessment.weeks3To6().percent()).isEmpty();
        assertThat(assessment.quality()).isEqualTo(Answer.NOT_ENOUGH_RUNS);
        assertThat(assessment.verdictLine()).endsWith("quality not judged: no runs in weeks 3–6, 5 needed");
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
