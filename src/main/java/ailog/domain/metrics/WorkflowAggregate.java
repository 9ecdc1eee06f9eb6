package ailog.domain.metrics;

import ailog.domain.EditType;
import ailog.domain.WorkflowKey;
import java.util.Map;
import java.util.Objects;

/** One workflow's runs in the report window, as a GROUP BY workflow computes them without loading runs. */
public record WorkflowAggregate(WorkflowKey key, int runs, int accepted, Map<EditType, Integer> editTypes) {
    public WorkflowAggregate {
        Objects.requireNonNull(key, "key");
        if (accepted < 0 || runs < accepted) {
            throw new IllegalArgumentException(key + ": accepted " + accepted + " of " + runs);
        }
        editTypes = new EditTypeDistribution(editTypes).counts();
        int edited = editTypes.values().stream().mapToInt(Integer::intValue).sum();
        if (edited > runs) {
            throw new IllegalArgumentException(key + ": " + edited + " edit types in " + runs + " runs");
        }
    }

    public static WorkflowAggregate none(WorkflowKey key) {
        return new WorkflowAggregate(key, 0, 0, Map.of());
    }

    public AcceptanceRate acceptance() {
        return new AcceptanceRate(accepted, runs);
    }

    public EditTypeDistribution editTypeDistribution() {
        return new EditTypeDistribution(editTypes);
    }
}
