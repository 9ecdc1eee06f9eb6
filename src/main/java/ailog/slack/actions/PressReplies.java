package ailog.slack.actions;

import ailog.slack.home.HomeTab;
import ailog.slack.views.Reply;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the answer to a press where the press happened, after the acknowledgement: it replaces the ephemeral card
 * through the response URL, or republishes the Home tab with the answer on top.
 */
public final class PressReplies {
    private static final Logger log = LoggerFactory.getLogger(PressReplies.class);

    private final HomeTab homeTab;
    private final Executor afterAck;

    public PressReplies(HomeTab homeTab, Executor afterAck) {
        this.homeTab = homeTab;
        this.afterAck = afterAck;
    }

    /** A press on the Home tab has no response URL: its answer goes on top of the republished tab. */
    public static boolean onHomeTab(BlockActionPayload payload) {
        return payload.getResponseUrl() == null;
    }

    public void show(BlockActionPayload payload, ActionContext context, Reply reply) {
        String userId = payload.getUser().getId();
        if (onHomeTab(payload)) {
            afterAck.execute(() -> homeTab.publish(userId, reply.blocks()));
            return;
        }
        afterAck.execute(() -> {
            try {
                var answer = context.respond(r -> r.replaceOriginal(true).text(reply.text()).blocks(reply.blocks()));
                if (!Integer.valueOf(200).equals(answer.getCode())) {
                    inDirectMessage(context, userId, reply, "HTTP " + answer.getCode());
                }
            } catch (Exception e) {
                inDirectMessage(context, userId, reply, e.toString());
            }
        });
    }

    /** The card could not be replaced (its response URL expired or failed): the answer goes to the member's DM. */
    private static void inDirectMessage(ActionContext context, String userId, Reply reply, String why) {
        log.warn("replacing the card of {} failed ({}); answering in their DM", userId, why);
        try {
            context.client().chatPostMessage(r -> r.channel(userId).text(reply.text()).blocks(reply.blocks()));
        } catch (Exception e) {
            log.warn("answering {} in their DM failed too: {}", userId, e.toString());
        }
    }
}
