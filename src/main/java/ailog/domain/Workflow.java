package ailog.domain;

/** One entry of the workflow catalog. */
public record Workflow(WorkflowKey key, String name, String addedBy) {
    public static final int MAX_NAME_LENGTH = 80;

    public Workflow {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a workflow name is 1–" + MAX_NAME_LENGTH + " characters");
        }
    }
}
