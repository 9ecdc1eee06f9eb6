package ailog.app;

import ailog.domain.Run;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Deletes the member's most recent entry made in the last 24 hours. */
public final class UndoLatestRun {
    static final Duration WINDOW = Duration.ofHours(24);

    private final Runs runs;
    private final Clock clock;

    public UndoLatestRun(Runs runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    /** The run that was deleted, or empty when there was none to undo. */
    public Optional<Run> undo(String userId) {
        return runs.latestLoggedSince(userId, clock.instant().minus(WINDOW)).filter(run -> runs.delete(run.id()));
    }
}
