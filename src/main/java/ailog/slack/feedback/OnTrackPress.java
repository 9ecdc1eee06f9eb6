package ailog.slack.feedback;

import ailog.slack.actions.PressReplies;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/** "On track" on a check-in: its buttons give way to a word of encouragement; nothing is stored. */
public final class OnTrackPress implements BlockActionHandler {
    private final PressReplies replies;

    public OnTrackPress(PressReplies replies) {
        this.replies = replies;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        ButtonPress press = ButtonPress.from(request.getPayload());
        replies.show(request.getPayload(), context, FeedbackReplies.onTrack(press.message()));
        return context.ack();
    }
}
