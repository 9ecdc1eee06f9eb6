package ailog.slack.feedback;

import ailog.app.feedback.FoundationKeys;
import ailog.app.feedback.MarkFeedbackFixed;
import ailog.domain.Foundation;
import ailog.slack.actions.PressReplies;
import ailog.slack.views.ActionIds;
import ailog.slack.views.Reply;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * An owner's "Fixed: …" button: marks the feedback fixed once, records the change to the foundations, asks in a
 * modal what changed, and queues the member's notice.
 */
public final class MarkFixedPress implements BlockActionHandler {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MarkFixedPress.class);

    private final MarkFeedbackFixed markFixed;
    private final PressReplies replies;
    private final Executor afterAck;
    private final Runnable sendNow;

    public MarkFixedPress(MarkFeedbackFixed markFixed, PressReplies replies, Executor afterAck, Runnable sendNow) {
        this.markFixed = markFixed;
        this.replies = replies;
        this.afterAck = afterAck;
        this.sendNow = sendNow;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        ButtonPress press = ButtonPress.from(request.getPayload());
        Optional<Foundation> foundation = press.actionId().startsWith(ActionIds.MARK_FIXED_PREFIX)
                ? FoundationKeys.parse(press.actionId().substring(ActionIds.MARK_FIXED_PREFIX.length()))
                : Optional.empty();
        Optional<Long> id = press.value().matches("\\d{1,18}") ? Optional.of(Long.parseLong(press.value()))
                : Optional.empty();
        MarkFeedbackFixed.Result result = foundation.isPresent() && id.isPresent()
                ? markFixed.mark(id.get(), press.userId(), foundation.get())
                : new MarkFeedbackFixed.NotFound();
        if (result instanceof MarkFeedbackFixed.Marked marked) {
            askWhatChanged(context, request.getPayload().getTriggerId(), marked);
        }
        replies.show(request.getPayload(), context, reply(result));
        if (result instanceof MarkFeedbackFixed.Marked) {
            afterAck.execute(sendNow);
        }
        return context.ack();
    }

    /** At once, while the trigger id is fresh; without the modal the change keeps its placeholder words. */
    private static void askWhatChanged(ActionContext context, String triggerId, MarkFeedbackFixed.Marked marked) {
        if (triggerId == null || triggerId.isBlank()) {
            return;
        }
        try {
            var response = context.client().viewsOpen(r -> r.triggerId(triggerId).view(DescribeFixModal.form(
                    marked.change(), marked.feedback().workflow().value())));
            if (!response.isOk()) {
                log.warn("views.open for what changed failed: {}", response.getError());
            }
        } catch (Exception e) {
            log.warn("views.open for what changed failed: {}", e.toString());
        }
    }

    private static Reply reply(MarkFeedbackFixed.Result result) {
        if (result instanceof MarkFeedbackFixed.Marked marked) {
            return FeedbackReplies.marked(marked.feedback());
        }
        if (result instanceof MarkFeedbackFixed.AlreadyFixed already) {
            return FeedbackReplies.alreadyFixed(already.feedback());
        }
        if (result instanceof MarkFeedbackFixed.NotAnOwner) {
            return FeedbackReplies.ownersOnly();
        }
        return FeedbackReplies.stale();
    }
}
