package ailog.app;

import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Which workflows the quick-log card offers a member: their own first, then the rest of the catalog. */
public final class QuickLogChoices {
    public static final int ROWS = 5;

    /** Up to five one-press rows, and every workflow for the select. */
    public record Choices(List<Workflow> rows, List<Workflow> all) {}

    private final Runs runs;
    private final Workflows workflows;

    public QuickLogChoices(Runs runs, Workflows workflows) {
        this.runs = runs;
        this.workflows = workflows;
    }

    public Choices forMember(String userId) {
        List<Workflow> all = workflows.all();
        Map<WorkflowKey, Workflow> byKey =
                all.stream().collect(Collectors.toMap(Workflow::key, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        List<Workflow> rows = Stream.concat(
                        runs.recentWorkflows(userId, ROWS).stream().map(byKey::get),
                        all.stream())
                .filter(w -> w != null)
                .distinct()
                .limit(ROWS)
                .toList();
        return new Choices(rows, all);
    }
}
