package ailog.domain.metrics;

import ailog.domain.EditType;
import ailog.domain.Foundation;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import java.util.Objects;
import java.util.Optional;

/** One workflow's line in the report: runs beside acceptance, edit types, and whether it is under review. */
public record WorkflowRow(WorkflowKey key, String name, AcceptanceRate acceptance, EditTypeDistribution editTypes,
        boolean belowThreshold) {
    public WorkflowRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }

    static WorkflowRow of(Workflow workflow, WorkflowAggregate aggregate, int targetPercent) {
        return of(workflow.key(), workflow.name(), aggregate, targetPercent);
    }

    static WorkflowRow of(WorkflowKey key, String name, WorkflowAggregate aggregate, int targetPercent) {
        AcceptanceRate acceptance = aggregate.acceptance();
        return new WorkflowRow(key, name, acceptance, aggregate.editTypeDistribution(),
                acceptance.belowThreshold(targetPercent));
    }

    public int runs() {
        return acceptance.runs();
    }

    public Optional<EditType> topEditType() {
        return editTypes.top();
    }

    /** The part of the AI foundations the top edit type points at. */
    public Optional<Foundation> topFix() {
        return editTypes.topFix();
    }
}
