package ailog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void allowsTodayAndUpToThirtyDaysBack() {
        assertThat(RunRules.problemWithDate(TODAY, TODAY)).isEmpty();
        assertThat(RunRules.problemWithDate(TODAY.minusDays(30), TODAY)).isEmpty();
    }

    @Test
    void refusesTheFutureAndMoreThanThirtyDaysBack() {
        assertThat(RunRules.problemWithDate(TODAY.plusDays(1), TODAY)).hasValueSatisfying(p -> p.contains("future"));
        assertThat(RunRules.problemWithDate(TODAY.minusDays(31), TODAY))
                .hasValueSatisfying(p -> p.contains("more than 30 days back"));
    }

    @Test
    void refusesNotesOverAThousandCharacters() {
        assertThat(RunRules.problemWithNotes("n".repeat(1000))).isEmpty();
        assertThat(RunRules.problemWithNotes("n".repeat(1001))).isPresent();
    }

    @Test
    void refusesAnEditTypeOnAnAsIsRun() {
        assertThat(RunRules.problemWithEditType(Outcome.AS_IS, Optional.of(EditType.TONE))).isPresent();
        assertThat(RunRules.problemWithEditType(Outcome.NOT_USED, Optional.of(EditType.TONE))).isEmpty();
    }

    @Test
    void everyEditTypePointsAtTheFoundationTheSpecNames() {
        assertThat(EditType.TONE.fix()).isEqualTo(Foundation.VOICE_GUIDE);
        assertThat(EditType.MISSING_INFO.fix()).isEqualTo(Foundation.CONTEXT_PACK);
        assertThat(EditType.WRONG_INFO.fix()).isEqualTo(Foundation.CONTEXT_PACK);
        assertThat(EditType.SCOPE.fix()).isEqualTo(Foundation.WORKFLOW_PROMPT);
        assertThat(EditType.FORMAT.fix()).isEqualTo(Foundation.OUTPUT_TEMPLATE);
    }

    @Test
    void commandWordsCanNeverBeWorkflowKeys() {
        assertThat(WorkflowKey.problemWith("undo")).contains("command word");
        assertThat(WorkflowKey.problemWith("Proposal")).isNotNull();
        assertThat(WorkflowKey.problemWith("shift-handover")).isNull();
        assertThat(WorkflowKey.problemWith("x".repeat(41))).isNotNull();
    }
}
