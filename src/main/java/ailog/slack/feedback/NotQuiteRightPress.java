package ailog.slack.feedback;

import ailog.app.feedback.FeedbackChoices;
import ailog.slack.actions.PressReplies;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Not quite right" on a check-in or the Home tab: opens the feedback form at once, since the trigger id expires
 * three seconds after the press, then acknowledges.
 */
public final class NotQuiteRightPress implements BlockActionHandler {
    private static final Logger log = LoggerFactory.getLogger(NotQuiteRightPress.class);

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
        if (!open(context, payload.getTriggerId(), FeedbackModal.form(choices.forMember(press.userId())))) {
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

    private static boolean open(ActionContext context, String triggerId, View form) {
        if (triggerId == null || triggerId.isBlank()) {
            return false;
        }
        try {
            ViewsOpenResponse response = context.client().viewsOpen(r -> r.triggerId(triggerId).view(form));
            if (!response.isOk()) {
                log.warn("views.open failed: {} {}", response.getError(), response.getResponseMetadata());
            }
            return response.isOk();
        } catch (IOException | SlackApiException e) {
            log.warn("views.open failed: {}", e.toString());
            return false;
        }
    }
}
