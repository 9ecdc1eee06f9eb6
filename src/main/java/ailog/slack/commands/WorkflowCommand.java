package ailog.slack.commands;

import ailog.app.AddWorkflow;
import ailog.app.Workflows;
import ailog.slack.views.CatalogView;
import ailog.slack.views.Examples;
import ailog.slack.views.HelpView;
import ailog.slack.views.Reply;
import java.util.Locale;

/** {@code /ailog workflows} lists the catalog; {@code /ailog workflow add <key> <name…>} extends it (owners). */
public final class WorkflowCommand {
    private final Workflows workflows;
    private final AddWorkflow addWorkflow;

    public WorkflowCommand(Workflows workflows, AddWorkflow addWorkflow) {
        this.workflows = workflows;
        this.addWorkflow = addWorkflow;
    }

    public Reply list(Subcommand.Invocation invocation) {
        return CatalogView.catalog(workflows.all());
    }

    public Reply add(Subcommand.Invocation invocation) {
        Words words = new Words(invocation.arguments());
        String verb = words.next().orElse("").toLowerCase(Locale.ROOT);
        String key = words.next().orElse("");
        if (!verb.equals("add") || key.isEmpty()) {
            return Reply.withExample(":warning: Say `workflow add`, the key, then the display name.",
                    Examples.WORKFLOW_ADD);
        }
        AddWorkflow.Result result = addWorkflow.add(invocation.userId(), key, words.rest());
        if (result instanceof AddWorkflow.Added added) {
            return CatalogView.added(added.workflow());
        }
        if (result instanceof AddWorkflow.AlreadyThere there) {
            return CatalogView.alreadyThere(there.existing());
        }
        if (result instanceof AddWorkflow.Invalid invalid) {
            return CatalogView.invalid(invalid.problem());
        }
        return HelpView.ownersOnly("workflow add");
    }
}
