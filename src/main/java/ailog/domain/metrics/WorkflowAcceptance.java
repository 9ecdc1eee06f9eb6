package ailog.domain.metrics;

import ailog.domain.WorkflowKey;
import java.util.Objects;

/** One workflow's runs and acceptance over a stretch of time. */
public record WorkflowAcceptance(WorkflowKey workflow, AcceptanceRate acceptance) {
    public WorkflowAcceptance {
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(acceptance, "acceptance");
    }

    public int runs() {
        return acceptance.runs();
    }
}
