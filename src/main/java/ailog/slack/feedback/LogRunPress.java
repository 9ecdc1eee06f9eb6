package ailog.slack.feedback;

import ailog.app.QuickLogChoices;
import ailog.slack.views.QuickLogCard;
import ailog.slack.views.Reply;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Log a run" on a check-in or nudge: a fresh quick-log card beside it, seen only by the member. */
public final class LogRunPress implements BlockActionHandler {
    private static final Logger log = LoggerFactory.getLogger(LogRunPress.class);

    private final QuickLogChoices choices;
    private final Supplier<String> nonces;
    private final Executor afterAck;

    public LogRunPress(QuickLogChoices choices, Supplier<String> nonces, Executor afterAck) {
        this.choices = choices;
        this.nonces = nonces;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        // The Home tab shows the quick-log buttons already; only a message gets a card beside it.
        if (payload.getResponseUrl() != null) {
            String userId = ButtonPress.from(payload).userId();
            afterAck.execute(() -> postCard(context, userId));
        }
        return context.ack();
    }

    private void postCard(ActionContext context, String userId) {
        QuickLogChoices.Choices choice = choices.forMember(userId);
        Reply card = QuickLogCard.card(nonces.get(), choice.rows(), choice.all());
        try {
            context.respond(r -> r.responseType("ephemeral").replaceOriginal(false)
                    .text(card.text()).blocks(card.blocks()));
        } catch (Exception e) {
            log.warn("posting a quick-log card to {} failed: {}", userId, e.toString());
        }
    }
}
