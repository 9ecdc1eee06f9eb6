package ailog.app;

import ailog.domain.Owners;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;

/** An owner adds a workflow to the catalog. */
public final class AddWorkflow {
    /** What happened to the request. */
    public sealed interface Result {}

    public record Added(Workflow workflow) implements Result {}

    public record NotAnOwner() implements Result {}

    public record Invalid(String problem) implements Result {}

    public record AlreadyThere(Workflow existing) implements Result {}

    private final Workflows workflows;
    private final Owners owners;

    public AddWorkflow(Workflows workflows, Owners owners) {
        this.workflows = workflows;
        this.owners = owners;
    }

    public Result add(String actor, String typedKey, String name) {
        if (!owners.includes(actor)) {
            return new NotAnOwner();
        }
        String key = WorkflowKey.normalise(typedKey);
        String problem = WorkflowKey.problemWith(key);
        if (problem != null) {
            return new Invalid(problem);
        }
        String displayName = name.isBlank() ? key : name.strip();
        if (displayName.length() > Workflow.MAX_NAME_LENGTH) {
            return new Invalid("a display name is at most " + Workflow.MAX_NAME_LENGTH + " characters");
        }
        Workflow workflow = new Workflow(new WorkflowKey(key), displayName, actor);
        if (!workflows.add(workflow)) {
            return new AlreadyThere(workflows.find(key).orElse(workflow));
        }
        return new Added(workflow);
    }
}
