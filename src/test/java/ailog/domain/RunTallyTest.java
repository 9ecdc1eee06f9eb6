package ailog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.metrics.RunTally;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunTallyTest {
    private static Run run(String workflow, Outcome outcome, EditType editType) {
        return new Run(1, "U1", new WorkflowKey(workflow), outcome, Optional.ofNullable(editType),
                LocalDate.of(2026, 11, 23), "", Instant.EPOCH, LogSource.COMMAND);
    }

    @Test
    void notUsedRunsCountInTheDenominator() {
        RunTally tally = RunTally.of(List.of(
                run("proposal", Outcome.AS_IS, null),
                run("proposal", Outcome.LIGHT_EDIT, EditType.TONE),
                run("proposal", Outcome.NOT_USED, null),
                run("status", Outcome.HEAVY_EDIT, EditType.SCOPE)));
        assertThat(tally.acceptance().accepted()).isEqualTo(2);
        assertThat(tally.acceptance().runs()).isEqualTo(4);
    }

    @Test
    void countsRunsPerWorkflowMostFirst() {
        RunTally tally = RunTally.of(List.of(
                run("status", Outcome.AS_IS, null),
                run("proposal", Outcome.AS_IS, null),
                run("proposal", Outcome.AS_IS, null)));
        assertThat(tally.workflowsByRuns()).extracting(e -> e.getKey().value()).containsExactly("proposal", "status");
    }

    @Test
    void topEditTypeIsTheMostCommonAndNoneWithoutEdits() {
        assertThat(RunTally.of(List.of(run("p", Outcome.AS_IS, null))).topEditType()).isEmpty();
        RunTally tally = RunTally.of(List.of(
                run("p", Outcome.HEAVY_EDIT, EditType.SCOPE),
                run("p", Outcome.LIGHT_EDIT, EditType.TONE),
                run("p", Outcome.NOT_USED, EditType.SCOPE)));
        assertThat(tally.topEditType()).contains(EditType.SCOPE);
    }
}
