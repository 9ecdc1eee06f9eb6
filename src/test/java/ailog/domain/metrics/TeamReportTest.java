package ailog.domain.metrics;

import static ailog.domain.metrics.EnrollmentBuilder.anEnrollment;
import static ailog.domain.metrics.RunBuilder.TODAY;
import static ailog.domain.metrics.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.Enrollment;
import ailog.domain.Foundation;
import ailog.domain.Outcome;
import ailog.domain.Run;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeamReportTest {
    private static final ReportWindow WEEK = ReportWindow.lastDays(7, TODAY);
    private static final List<Workflow> CATALOG = List.of(
            workflow("proposal", "Proposal"), workflow("status-update", "Status update"),
            workflow("support-ticket", "Support ticket"));

    /** U1 trained 42 days ago on proposal and status-update; U3 trained 11 days ago and never ran. */
    private final List<Enrollment> enrollments = List.of(
            anEnrollment().id(1).of("U1").trainedOn(TODAY.minusDays(42)).on("proposal", "status-update").build(),
            anEnrollment().id(3).of("U3").trainedOn(TODAY.minusDays(11)).build());
    private final List<Run> runs = new ArrayList<>();

    private static Workflow workflow(String key, String name) {
        return new Workflow(new WorkflowKey(key), name, "UOWNER");
    }

    @BeforeEach
    void aTeamOfFour() {
        runs.add(aRun().by("U1").of("proposal").daysAgo(42).build());
        runs.add(aRun().by("U1").of("proposal").daysAgo(39).build());
        runs.addAll(aRun().by("U1").of("proposal").daysAgo(0).accepted().times(3));
        runs.add(aRun().by("U1").of("proposal").daysAgo(1).with(Outcome.HEAVY_EDIT, EditType.SCOPE).build());
        runs.add(aRun().by("U1").of("status-update").daysAgo(2).with(Outcome.LIGHT_EDIT, EditType.TONE).build());
        runs.add(aRun().by("U1").of("status-update").daysAgo(3).with(Outcome.NOT_USED, EditType.TONE).build());
        runs.add(aRun().by("U1").of("status-update").daysAgo(6).with(Outcome.NOT_USED, EditType.MISSING_INFO).build());
        runs.addAll(aRun().by("U1").of("support-ticket").daysAgo(10).times(5));
        runs.addAll(aRun().by("U2").of("proposal").daysAgo(10).times(2));
        runs.add(aRun().by("U4").of("proposal").daysAgo(5).accepted().build());
    }

    private TeamReport report() {
        return TeamReport.of(new ReportInput(WEEK, TODAY, 70, CATALOG, enrollments,
                Aggregates.perWorkflow(runs, WEEK), Aggregates.perMember(runs, WEEK, TODAY, enrollments),
                Map.of(1L, runs.stream().filter(r -> r.userId().equals("U1")).toList())));
    }

    @Test
    void theHeadlineCountsActiveMembersRunsTheBlendedRateAndNoWorkflowUnderReviewFromThreeRuns() {
        assertThat(report().headline()).isEqualTo("2 team members ran 8 workflow sessions in the 7 days Wed 25 Mar – Tue 31 Mar; "
                + "blended acceptance rate 63%; 0 workflows below threshold under review.");
    }

    @Test
    void everyCatalogWorkflowIsListedMostRunsFirst() {
        List<WorkflowRow> rows = report().workflows();

        assertThat(rows).extracting(WorkflowRow::name).containsExactly("Proposal", "Status update", "Support ticket");
        assertThat(rows).extracting(WorkflowRow::acceptance).containsExactly(
                new AcceptanceRate(4, 5), new AcceptanceRate(1, 3), AcceptanceRate.none());
        assertThat(rows).extracting(WorkflowRow::belowThreshold).containsExactly(false, false, false);
        assertThat(rows.get(1).topEditType()).contains(EditType.TONE);
        assertThat(rows.get(1).topFix()).contains(Foundation.VOICE_GUIDE);
    }

    @Test
    void theOverallEditTypesAddUpTheWorkflows() {
        assertThat(report().editTypes().asEnumMap())
                .isEqualTo(Map.of(EditType.SCOPE, 1, EditType.TONE, 2, EditType.MISSING_INFO, 1));
    }

    @Test
    void everyMemberWithFiguresAndEveryEnrolledMemberGetsARow() {
        List<MemberRow> members = report().members();

        assertThat(members).extracting(MemberRow::userId).containsExactly("U1", "U4", "U2", "U3");
        assertThat(members).extracting(MemberRow::segment)
                .containsExactly(Segment.POWER, Segment.NARROW, Segment.NARROW, Segment.NON);
        assertThat(members).extracting(MemberRow::atRisk).containsExactly(false, false, false, true);
        assertThat(members).extracting(MemberRow::timeToFirstRunDays)
                .containsExactly(OptionalInt.of(3), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
        assertThat(members).extracting(MemberRow::workflowCount90d).containsExactly(3, 1, 1, 0);
    }

    @Test
    void aMemberWithRunsOnlyOutsideTheWindowHasNoRateButStillASegment() {
        MemberRow outside = report().members().get(2);

        assertThat(outside.runs()).isEqualTo(0);
        assertThat(outside.acceptance().percent()).isEmpty();
        assertThat(outside.active()).isFalse();
        assertThat(outside.segment()).isEqualTo(Segment.NARROW);
    }

    @Test
    void theSegmentsSplitCountsEveryMemberRow() {
        assertThat(report().segments()).isEqualTo(new SegmentSplit(1, 2, 1));
    }

    @Test
    void anAssessmentThatCameDueInTheWindowIsIncluded() {
        List<SixWeekAssessment> assessments = report().assessments();

        assertThat(assessments).extracting(SixWeekAssessment::userId).containsExactly("U1");
        assertThat(assessments.get(0).verdict()).isEqualTo(Verdict.QUALITY_BAR_NOT_MET);
        assertThat(assessments.get(0).also()).isEmpty();
        assertThat(assessments.get(0).weeks3To6()).isEqualTo(new AcceptanceRate(4, 7));
    }

    @Test
    void anEmptyWindowReadsADashAndListsTheCatalogWithoutRates() {
        TeamReport empty = TeamReport.of(new ReportInput(ReportWindow.lastDays(30, TODAY), TODAY, 70, CATALOG,
                List.of(), List.of(), List.of(), Map.of()));

        assertThat(empty.headline()).isEqualTo("0 team members ran 0 workflow sessions in the 30 days Mon 2 Mar – Tue 31 Mar; "
                + "blended acceptance rate —; 0 workflows below threshold under review.");
        assertThat(empty.workflows()).extracting(WorkflowRow::runs).containsExactly(0, 0, 0);
        assertThat(empty.acceptance().fraction()).isNull();
        assertThat(empty.members()).isEmpty();
        assertThat(empty.segments().total()).isEqualTo(0);
        assertThat(empty.assessments()).isEmpty();
    }

    @Test
    void aWorkflowWithRunsButMissingFromTheCatalogIsListedUnderItsKey() {
        TeamReport report = TeamReport.of(new ReportInput(WEEK, TODAY, 70, List.of(), List.of(),
                List.of(new WorkflowAggregate(new WorkflowKey("retired"), 1, 1, Map.of())), List.of(), Map.of()));

        assertThat(report.workflows()).extracting(WorkflowRow::name).containsExactly("retired");
    }
}
