package ailog.slack.feedback;

import ailog.app.QuickLogChoices;
import ailog.slack.views.QuickLogCard;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** "Log a run" on a check-in or nudge: a fresh quick-log card beside it, seen only by the member. */
public final class LogRunPress implements BlockActionHandler {
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
        Beside.post(context, QuickLogCard.card(nonces.get(), choice.rows(), choice.all()));
    }
}
