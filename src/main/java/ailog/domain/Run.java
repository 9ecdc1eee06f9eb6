package ailog.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One logged AI workflow run. */
public record Run(
        long id,
        String userId,
        WorkflowKey workflow,
        Outcome outcome,
        Optional<EditType> editType,
        LocalDate runDate,
        String notes,
        Instant loggedAt,
        LogSource source) {}
