package ailog.domain.metrics;

import static ailog.domain.metrics.RunBuilder.TODAY;
import static ailog.domain.metrics.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowCountTest {
    @Test
    void countsDistinctWorkflowsNotRuns() {
        assertThat(WorkflowCount.last90Days(List.of(
                aRun().of("proposal").daysAgo(1).build(),
                aRun().of("proposal").daysAgo(2).build(),
                aRun().of("status-update").daysAgo(3).build()), TODAY)).isEqualTo(2);
    }

    @Test
    void theNinetyDaysIncludeTodayAndEightyNineDaysBack() {
        assertThat(WorkflowCount.last90Days(List.of(
                aRun().of("today").daysAgo(0).build(),
                aRun().of("day-89").daysAgo(89).build(),
                aRun().of("day-90").daysAgo(90).build(),
                aRun().of("tomorrow").daysAgo(-1).build()), TODAY)).isEqualTo(2);
    }

    @Test
    void noRunsCountNoWorkflows() {
        assertThat(WorkflowCount.last90Days(List.of(), TODAY)).isEqualTo(0);
    }
}
