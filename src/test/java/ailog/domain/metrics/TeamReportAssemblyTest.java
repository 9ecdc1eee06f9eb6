package ailog.domain.metrics;

import static ailog.domain.metrics.EnrollmentBuilder.anEnrollment;
import static ailog.domain.metrics.RunBuilder.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ailog.domain.Enrollment;
import ailog.domain.WorkflowKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TeamReportAssemblyTest {
    private static final ReportWindow WEEK = ReportWindow.lastDays(7, TODAY);

    private static Enrollment dueDaysAgo(int daysAgo) {
        return anEnrollment().trainedOn(TODAY.minusDays(42L + daysAgo)).build();
    }

    @ParameterizedTest(name = "day 42 {0} days ago is in this week's report: {1}")
    @CsvSource({"-1, false", "0, true", "6, true", "7, false"})
    void anAssessmentBelongsToTheReportOfTheWindowItCameDueIn(int daysAgo, boolean due) {
        assertThat(TeamReportAssembly.assessmentsDue(List.of(dueDaysAgo(daysAgo)), WEEK, TODAY).isEmpty())
                .isEqualTo(!due);
    }

    @Test
    void anAssessmentDueAfterTodayIsNotIncludedEvenIfTheWindowReachesIt() {
        ReportWindow reachingAhead = new ReportWindow(TODAY.minusDays(6), TODAY.plusDays(3));

        assertThat(TeamReportAssembly.assessmentsDue(List.of(dueDaysAgo(-2)), reachingAhead, TODAY)).isEmpty();
    }

    @Test
    void aMembersLatestEnrollmentTrainedByTodayCounts() {
        Enrollment first = anEnrollment().id(1).trainedOn(TODAY.minusDays(60)).build();
        Enrollment second = anEnrollment().id(2).trainedOn(TODAY.minusDays(10)).build();
        Enrollment future = anEnrollment().id(3).trainedOn(TODAY.plusDays(1)).build();

        assertThat(TeamReportAssembly.latestEnrollments(List.of(second, future, first), TODAY))
                .isEqualTo(Map.of("U1", second));
    }

    @Test
    void timeToFirstRunFromAggregatesIsReadAgainstTheLatestEnrollment() {
        Enrollment enrollment = anEnrollment().of("U1").trainedOn(TODAY.minusDays(10)).build();
        MemberAggregate figures = new MemberAggregate("U1", 0, 0, 1, 1, 1, Optional.of(TODAY.minusDays(8)),
                Optional.of(TODAY.minusDays(8)));

        TeamReport report = TeamReport.of(new ReportInput(WEEK, TODAY, 70, List.of(), List.of(enrollment),
                List.of(), List.of(figures), Map.of()));

        assertThat(report.members().get(0).timeToFirstRunDays()).isEqualTo(OptionalInt.of(2));
        assertThat(report.members().get(0).atRisk()).isTrue();
    }

    @Test
    void twoAggregatesForOneWorkflowOrMemberAreRefused() {
        WorkflowAggregate proposal = WorkflowAggregate.none(new WorkflowKey("proposal"));

        assertThatThrownBy(() -> new ReportInput(WEEK, TODAY, 70, List.of(), List.of(), List.of(proposal, proposal),
                List.of(), Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportInput(WEEK, TODAY, 70, List.of(), List.of(), List.of(),
                List.of(MemberAggregate.none("U1"), MemberAggregate.none("U1")), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
