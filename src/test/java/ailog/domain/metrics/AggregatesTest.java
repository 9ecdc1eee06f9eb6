package ailog.domain.metrics;

import static ailog.domain.metrics.RunBuilder.TODAY;
import static ailog.domain.metrics.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.Outcome;
import ailog.domain.Run;
import ailog.domain.WorkflowKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AggregatesTest {
    private static final ReportWindow WEEK = ReportWindow.lastDays(7, TODAY);

    @Test
    void aWorkflowAggregateCountsOnlyRunsInTheWindow() {
        List<Run> runs = List.of(
                aRun().of("proposal").daysAgo(0).accepted().build(),
                aRun().of("proposal").daysAgo(6).with(Outcome.NOT_USED, EditType.WRONG_INFO).build(),
                aRun().of("proposal").daysAgo(7).accepted().build(),
                aRun().of("status-update").daysAgo(20).accepted().build());

        assertThat(Aggregates.perWorkflow(runs, WEEK)).containsExactly(
                new WorkflowAggregate(new WorkflowKey("proposal"), 2, 1, Map.of(EditType.WRONG_INFO, 1)));
    }

    @Test
    void aMemberAggregateSplitsTheWindowThe28DaysAndThe90Days() {
        List<Run> runs = List.of(
                aRun().of("proposal").daysAgo(1).accepted().build(),
                aRun().of("proposal").daysAgo(2).notUsed().build(),
                aRun().of("status-update").daysAgo(20).build(),
                aRun().of("support-ticket").daysAgo(60).build(),
                aRun().of("shift-handover").daysAgo(100).build(),
                aRun().of("shift-handover").daysAgo(-1).build());

        MemberAggregate figures = Aggregates.member("U1", runs, WEEK, TODAY, Optional.of(TODAY.minusDays(61)));

        assertThat(figures).isEqualTo(new MemberAggregate("U1", 2, 1, 3, 2, 3, Optional.of(TODAY.minusDays(1)),
                Optional.of(TODAY.minusDays(60))));
    }

    @Test
    void membersWithRunsOnlyBeforeTheNinetyDaysAreLeftOut() {
        List<Run> runs = List.of(
                aRun().by("U1").daysAgo(100).build(),
                aRun().by("U2").daysAgo(89).build());

        assertThat(Aggregates.perMember(runs, WEEK, TODAY, List.of()))
                .extracting(MemberAggregate::userId)
                .containsExactly("U2");
    }
}
