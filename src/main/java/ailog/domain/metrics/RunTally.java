package ailog.domain.metrics;

import ailog.domain.EditType;
import ailog.domain.Run;
import ailog.domain.WorkflowKey;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counts over a set of runs: acceptance, runs per workflow, edit types. */
public record RunTally(AcceptanceRate acceptance, Map<WorkflowKey, Integer> runsPerWorkflow,
        Map<EditType, Integer> editTypes) {

    /** The tally of counted runs, as a GROUP BY over workflow, outcome and edit type returns them. */
    public static RunTally ofCounts(List<RunCount> counts) {
        int runs = 0;
        int accepted = 0;
        Map<WorkflowKey, Integer> perWorkflow = new LinkedHashMap<>();
        Map<EditType, Integer> editTypes = new EnumMap<>(EditType.class);
        for (RunCount count : counts) {
            runs += count.runs();
            accepted += count.outcome().accepted() ? count.runs() : 0;
            perWorkflow.merge(count.workflow(), count.runs(), Integer::sum);
            count.editType().ifPresent(e -> editTypes.merge(e, count.runs(), Integer::sum));
        }
        return new RunTally(new AcceptanceRate(accepted, runs), Map.copyOf(perWorkflow), Map.copyOf(editTypes));
    }

    public static RunTally of(List<Run> runs) {
        int accepted = (int) runs.stream().filter(r -> r.outcome().accepted()).count();
        Map<WorkflowKey, Integer> perWorkflow = new LinkedHashMap<>();
        Map<EditType, Integer> editTypes = new EnumMap<>(EditType.class);
        for (Run run : runs) {
            perWorkflow.merge(run.workflow(), 1, Integer::sum);
            run.editType().ifPresent(e -> editTypes.merge(e, 1, Integer::sum));
        }
        return new RunTally(new AcceptanceRate(accepted, runs.size()), Map.copyOf(perWorkflow),
                Map.copyOf(editTypes));
    }

    public int runs() {
        return acceptance.runs();
    }

    /** The most common edit type; ties go to the one listed first in {@link EditType}. */
    public Optional<EditType> topEditType() {
        return editTypes.entrySet().stream()
                .max(Comparator.<Map.Entry<EditType, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    /** Workflows by number of runs, most first, then by key. */
    public List<Map.Entry<WorkflowKey, Integer>> workflowsByRuns() {
        return runsPerWorkflow.entrySet().stream()
                .sorted(Comparator.<Map.Entry<WorkflowKey, Integer>>comparingInt(Map.Entry::getValue)
                        .reversed()
                        .thenComparing(e -> e.getKey().value()))
                .toList();
    }
}
