package ailog.slack.feedback;

import ailog.app.feedback.FeedbackChoices;
import ailog.slack.actions.PressReplies;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.Executor;

/**
 * "Not quite right" on a check-in or the Home tab: opens the feedback form at once, since the trigger id expires
 * three seconds after the press, then acknowledges.
 */
public final class NotQuiteRightPress implements BlockActionHandler {
    private final FeedbackChoices choices;
    private final PressReplies replies;
    private final Executor afterAck;

    public NotQuiteRightPress(FeedbackChoices choices, PressReplies replies, Executor afterAck) {
        this.choices = choices;
        this.replies = replies;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        ButtonPress press = ButtonPress.from(payload);
        if (!FormOpener.open(context.client(), payload.getTriggerId(), FeedbackModal.form(choices.forMember(press.userId())))) {
            sorry(payload, context);
        }
        return context.ack();
    }

    /** Beside a check-in, so the check-in keeps its buttons; on the Home tab, on top of it. */
    private void sorry(BlockActionPayload payload, ActionContext context) {
        if (payload.getResponseUrl() == null) {
            replies.show(payload, context, FeedbackReplies.formDidNotOpen());
        } else {
            afterAck.execute(() -> Beside.post(context, FeedbackReplies.formDidNotOpen()));
        }
    }
}
