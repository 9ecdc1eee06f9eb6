package ailog.cli;

import ailog.domain.EditType;
import ailog.domain.LogSource;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.WorkflowKey;
import java.time.LocalDate;
import java.util.Optional;

/** Builds runs to store directly, with defaults for whatever a test does not care about. */
final class NewRunBuilder {
    private String user = "U0123ABCD";
    private String workflow = "proposal";
    private Outcome outcome = Outcome.LIGHT_EDIT;
    private Optional<EditType> editType = Optional.of(EditType.TONE);
    private LocalDate date = LocalDate.parse("2024-06-01");
    private String notes = "";

    static NewRunBuilder aRun() {
        return new NewRunBuilder();
    }

    NewRunBuilder by(String user) {
        this.user = user;
        return this;
    }

    NewRunBuilder of(String workflow) {
        this.workflow = workflow;
        return this;
    }

    NewRunBuilder on(String date) {
        this.date = LocalDate.parse(date);
        return this;
    }

    NewRunBuilder withOutcome(Outcome outcome, EditType editType) {
        this.outcome = outcome;
        this.editType = Optional.ofNullable(editType);
        return this;
    }

    NewRunBuilder withNotes(String notes) {
        this.notes = notes;
        return this;
    }

    NewRun build() {
        return new NewRun(user, new WorkflowKey(workflow), outcome, editType, date, notes, TestStore.NOW,
                LogSource.COMMAND, Optional.empty());
    }
}
