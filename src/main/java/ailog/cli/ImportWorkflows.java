package ailog.cli;

import ailog.app.Workflows;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The catalog as an import sees it: each workflow word looked up once, and the new keys to add if allowed. */
final class ImportWorkflows {
    static final String ADDED_BY = "import";

    private final Workflows workflows;
    private final boolean createMissing;
    private final Map<String, Optional<WorkflowKey>> keyByWord = new HashMap<>();
    private final Set<WorkflowKey> missing = new TreeSet<>(Comparator.comparing(WorkflowKey::value));

    ImportWorkflows(Workflows workflows, boolean createMissing) {
        this.workflows = workflows;
        this.createMissing = createMissing;
    }

    /** The key the word names, or empty after adding to {@code problems} why it names none. */
    Optional<WorkflowKey> resolve(String word, List<String> problems) {
        if (word.isEmpty()) {
            problems.add("the workflow is missing");
            return Optional.empty();
        }
        Optional<WorkflowKey> key = keyByWord.computeIfAbsent(word, this::lookUp);
        if (key.isEmpty()) {
            problems.add(createMissing ? cannotCreate(word) : unknown(word));
        }
        return key;
    }

    /** Adds every workflow the import named but the catalog lacked; returns their keys. */
    List<WorkflowKey> addMissing() {
        List<WorkflowKey> added = new ArrayList<>();
        for (WorkflowKey key : missing) {
            if (workflows.add(new Workflow(key, key.value(), ADDED_BY))) {
                added.add(key);
            }
        }
        return added;
    }

    private Optional<WorkflowKey> lookUp(String word) {
        Optional<WorkflowKey> existing = workflows.find(word).map(Workflow::key);
        String key = WorkflowKey.normalise(word);
        if (existing.isPresent() || !createMissing || WorkflowKey.problemWith(key) != null) {
            return existing;
        }
        WorkflowKey created = new WorkflowKey(key);
        missing.add(created);
        return Optional.of(created);
    }

    private static String unknown(String word) {
        String key = WorkflowKey.problemWith(WorkflowKey.normalise(word)) == null ? WorkflowKey.normalise(word) : "<key>";
        return "unknown workflow `" + word + "`: add it first with `/ailog workflow add " + key
                + " <display name>`, or import with --create-workflows";
    }

    private static String cannotCreate(String word) {
        return "`" + word + "` cannot be a new workflow: " + WorkflowKey.problemWith(WorkflowKey.normalise(word));
    }
}
