package ailog.domain.metrics;

import ailog.domain.EditType;
import ailog.domain.LogSource;
import ailog.domain.Outcome;
import ailog.domain.Run;
import ailog.domain.WorkflowKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds runs with defaults for whatever a test does not care about: an as-is proposal by U1 on TODAY. */
final class RunBuilder {
    static final LocalDate TODAY = LocalDate.parse("2026-03-31");

    private String user = "U1";
    private String workflow = "proposal";
    private Outcome outcome = Outcome.AS_IS;
    private Optional<EditType> editType = Optional.empty();
    private LocalDate date = TODAY;
    private Instant loggedAt = Instant.EPOCH;

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

    RunBuilder on(LocalDate date) {
        this.date = date;
        return this;
    }

    RunBuilder loggedAt(Instant loggedAt) {
        this.loggedAt = loggedAt;
        return this;
    }

    RunBuilder daysAgo(int days) {
        return on(TODAY.minusDays(days));
    }

    RunBuilder accepted() {
        return with(Outcome.AS_IS, null);
    }

    RunBuilder notUsed() {
        return with(Outcome.NOT_USED, null);
    }

    RunBuilder with(Outcome outcome, EditType editType) {
        this.outcome = outcome;
        this.editType = Optional.ofNullable(editType);
        return this;
    }

    Run build() {
        return new Run(1, user, new WorkflowKey(workflow), outcome, editType, date, "", loggedAt,
                LogSource.COMMAND);
    }

    /** {@code count} copies of this run. */
    List<Run> times(int count) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            runs.add(build());
        }
        return runs;
    }
}
