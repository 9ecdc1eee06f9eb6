package ailog.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A run about to be stored. The request key makes a button press or a re-sent request log at most one
 * run; commands typed by hand have none.
 */
public record NewRun(
        String userId,
        WorkflowKey workflow,
        Outcome outcome,
        Optional<EditType> editType,
        LocalDate runDate,
        String notes,
        Instant loggedAt,
        LogSource source,
        Optional<String> requestKey) {

    public NewRun {
        if (editType.isPresent() && !outcome.takesEditType()) {
            throw new IllegalArgumentException("an as-is run has no edit type");
        }
        if (notes.length() > RunRules.MAX_NOTES) {
            throw new IllegalArgumentException("notes are at most " + RunRules.MAX_NOTES + " characters");
        }
    }
}
