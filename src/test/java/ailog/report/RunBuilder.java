package ailog.report;

import ailog.domain.EditType;
import ailog.domain.LogSource;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.WorkflowKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds runs to store, with defaults for whatever a test does not care about: U1's as-is proposal. */
final class RunBuilder {
    private String user = "U1";
    private String workflow = "proposal";
    private Outcome outcome = Outcome.AS_IS;
    private EditType editType;
    private LocalDate date = LocalDate.parse("2026-03-31");

    static RunBuilder aRun() {
        return new RunBuilder();
    }

    RunBuilder by(String user) {
        this.user = user;
        return this;
    }

    RunBuilder of(String workflow) {
        this.workflow = workflow;
        return this;
    }

    RunBuilder on(String date) {
        return on(LocalDate.parse(date));
    }

    RunBuilder on(LocalDate date) {
        this.date = date;
        return this;
    }

    RunBuilder asIs() {
        return with(Outcome.AS_IS, null);
    }

    RunBuilder lightEdit(EditType editType) {
        return with(Outcome.LIGHT_EDIT, editType);
    }

    RunBuilder heavyEdit(EditType editType) {
        return with(Outcome.HEAVY_EDIT, editType);
    }

    /** Not used, with why if given (null: no edit type). */
    RunBuilder notUsed(EditType editType) {
        return with(Outcome.NOT_USED, editType);
    }

    RunBuilder with(Outcome outcome, EditType editType) {
        this.outcome = outcome;
        this.editType = editType;
        return this;
    }

    NewRun build() {
        return new NewRun(user, new WorkflowKey(workflow), outcome, Optional.ofNullable(editType), date, "",
                Instant.parse("2026-03-31T08:00:00Z"), LogSource.COMMAND, Optional.empty());
    }

    /** {@code count} copies of this run. */
    List<NewRun> times(int count) {
        List<NewRun> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            runs.add(build());
        }
        return runs;
    }
}
