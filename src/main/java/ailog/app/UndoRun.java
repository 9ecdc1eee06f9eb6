package ailog.app;

import ailog.domain.Run;
import java.util.Optional;

/** Deletes one run that the member logged, from an Undo button. */
public final class UndoRun {
    private final Runs runs;

    public UndoRun(Runs runs) {
        this.runs = runs;
    }

    /** The deleted run; empty when it is gone already or is someone else's. */
    public Optional<Run> undo(String userId, long runId) {
        return runs.find(runId).filter(run -> run.userId().equals(userId)).filter(run -> runs.delete(run.id()));
    }
}
