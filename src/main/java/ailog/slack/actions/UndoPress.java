package ailog.slack.actions;

import ailog.app.MemberClock;
import ailog.app.UndoRun;
import ailog.app.Workflows;
import ailog.domain.Run;
import ailog.domain.Workflow;
import ailog.slack.views.LogReplies;
import ailog.slack.views.Reply;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;

/** The Undo button under a logged run: deletes that run if it is the presser's own. */
public final class UndoPress implements BlockActionHandler {
    private final UndoRun undoRun;
    private final Workflows workflows;
    private final MemberClock clock;
    private final PressReplies replies;

    public UndoPress(UndoRun undoRun, Workflows workflows, MemberClock clock, PressReplies replies) {
        this.undoRun = undoRun;
        this.workflows = workflows;
        this.clock = clock;
        this.replies = replies;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        Pressed pressed = Pressed.from(request.getPayload());
        Optional<Run> undone = pressed.value().flatMap(UndoPress::runId).flatMap(id -> undoRun.undo(pressed.userId(), id));
        Reply reply = undone.map(run -> LogReplies.undone(run, workflowOf(run), clock.today(pressed.userId())))
                .orElseGet(LogReplies::cannotUndo);
        replies.show(request.getPayload(), context, reply);
        return context.ack();
    }

    private Workflow workflowOf(Run run) {
        return workflows.find(run.workflow().value()).orElse(new Workflow(run.workflow(), run.workflow().value(), ""));
    }

    private static Optional<Long> runId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
