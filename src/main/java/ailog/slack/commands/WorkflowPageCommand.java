package ailog.slack.commands;

import ailog.app.fixes.WorkflowPage;
import ailog.chart.WorkflowChart;
import ailog.slack.SlackFileUpload;
import ailog.slack.views.HelpView;
import ailog.slack.views.Reply;
import ailog.slack.views.WorkflowPageView;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * {@code /ailog workflow <key>} (owners): the workflow page now, its chart as a file in the owner's DM after the
 * acknowledgement; {@code /ailog workflow add …} still adds a workflow.
 */
public final class WorkflowPageCommand implements Subcommand {
    private final WorkflowCommand catalog;
    private final WorkflowPage page;
    private final SlackFileUpload upload;
    private final Executor afterAck;

    public WorkflowPageCommand(WorkflowCommand catalog, WorkflowPage page, SlackFileUpload upload,
            Executor afterAck) {
        this.catalog = catalog;
        this.page = page;
        this.upload = upload;
        this.afterAck = afterAck;
    }

    @Override
    public Reply run(Invocation invocation) {
        String first = new Words(invocation.arguments()).next().orElse("").toLowerCase(Locale.ROOT);
        if (first.isEmpty() || first.equals("add")) {
            return catalog.add(invocation);
        }
        WorkflowPage.Result result = page.show(invocation.userId(), invocation.arguments().strip());
        if (result instanceof WorkflowPage.Page shown) {
            afterAck.execute(() -> upload.toDirectMessage(invocation.userId(),
                    WorkflowChart.png(shown.workflow().name(), shown.weeks(), WorkflowPageView.marked(shown)),
                    "ailog-" + shown.workflow().key().value() + ".png",
                    shown.workflow().name() + ": acceptance by week",
                    "Line chart of weekly acceptance with a vertical marker at each change to the foundations"));
            return WorkflowPageView.page(shown);
        }
        if (result instanceof WorkflowPage.UnknownWorkflow unknown) {
            return WorkflowPageView.unknownWorkflow(unknown.typed(), unknown.catalog());
        }
        return HelpView.ownersOnly("workflow");
    }
}
