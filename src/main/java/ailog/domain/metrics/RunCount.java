package ailog.domain.metrics;

import ailog.domain.EditType;
import ailog.domain.Outcome;
import ailog.domain.WorkflowKey;
import java.util.Optional;

/** How many runs share one workflow, outcome and edit type: what a GROUP BY hands back instead of every run. */
public record RunCount(WorkflowKey workflow, Outcome outcome, Optional<EditType> editType, int runs) {}
