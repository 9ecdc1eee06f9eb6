package ailog.testing;

import ailog.domain.EditType;
import ailog.domain.LogSource;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.WorkflowKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Builds runs to store straight through the adapter, with defaults for what a test does not care about. */
public final class RunToStore {
    private String user = "U0MEMBER1";
    private String workflow = "proposal";
    private Outcome outcome = Outcome.AS_IS;
    private EditType editType;
    private LocalDate date = LocalDate.parse("2026-11-27");
    private String notes = "";
    private Instant loggedAt = Instant.parse("2026-11-27T15:00:00Z");
    private LogSource source = LogSource.IMPORT;
    private String requestKey;

    private RunToStore() {}

    public static RunToStore aRun() {
        return new RunToStore();
    }

    public RunToStore by(String user) {
        this.user = user;
        return this;
    }

    public RunToStore of(String workflow) {
        this.workflow = workflow;
        return this;
    }

    public RunToStore on(String date) {
        return on(LocalDate.parse(date));
    }

    public RunToStore on(LocalDate date) {
        this.date = date;
        return this;
    }

    public RunToStore asIs() {
        return with(Outcome.AS_IS, null);
    }

    public RunToStore lightEdit(EditType editType) {
        return with(Outcome.LIGHT_EDIT, editType);
    }

    public RunToStore heavyEdit(EditType editType) {
        return with(Outcome.HEAVY_EDIT, editType);
    }

    /** Not used, with why if given (null: no edit type). */
    public RunToStore notUsed(EditType editType) {
        return with(Outcome.NOT_USED, editType);
    }

    /** The outcome, with why it needed editing (null: no edit type). */
    public RunToStore with(Outcome outcome, EditType editType) {
        this.outcome = outcome;
        this.editType = editType;
        return this;
    }

    public RunToStore with(Outcome outcome) {
        return with(outcome, null);
    }

    public RunToStore notes(String notes) {
        this.notes = notes;
        return this;
    }

    public RunToStore loggedAt(String instant) {
        return loggedAt(Instant.parse(instant));
    }

    public RunToStore loggedAt(Instant instant) {
        this.loggedAt = instant;
        return this;
    }

    /** Typed as an /ailog command: no request key. */
    public RunToStore typed() {
        this.source = LogSource.COMMAND;
        this.requestKey = null;
        return this;
    }

    /** Logged by pressing a button whose request key is {@code requestKey}. */
    public RunToStore pressed(String requestKey) {
        this.source = LogSource.BUTTON;
        this.requestKey = requestKey;
        return this;
    }

    public NewRun build() {
        return new NewRun(user, new WorkflowKey(workflow), outcome, Optional.ofNullable(editType), date, notes,
                loggedAt, source, Optional.ofNullable(requestKey));
    }

    /** {@code count} copies of this run. */
    public List<NewRun> times(int count) {
        return Collections.nCopies(count, build());
    }
}
