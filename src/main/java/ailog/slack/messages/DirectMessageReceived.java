package ailog.slack.messages;

import ailog.app.AnswerDirectMessage;
import ailog.slack.SlackText;
import ailog.slack.views.DirectMessageReply;
import ailog.slack.views.Reply;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.MessageEvent;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A member typed in ailog's direct messages: acknowledged at once, then answered in the same conversation. Only a
 * person's own new message is answered; edits, deletions and other subtypes never reach here (Bolt routes them
 * elsewhere), and messages from bots, ailog's own included, are ignored so two bots never talk in circles.
 */
public final class DirectMessageReceived implements BoltEventHandler<MessageEvent> {
    private static final Logger log = LoggerFactory.getLogger(DirectMessageReceived.class);

    private final AnswerDirectMessage answer;
    private final SeenEvents seen;
    private final Executor afterAck;

    public DirectMessageReceived(AnswerDirectMessage answer, SeenEvents seen, Executor afterAck) {
        this.answer = answer;
        this.seen = seen;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext context) {
        MessageEvent event = payload.getEvent();
        // Slack delivers an event again when it thinks the first delivery failed: answer each message once.
        if (typedByAPerson(event) && seen.firstTime(payload.getEventId())) {
            String text = SlackText.fromSlack(event.getText());
            afterAck.execute(() -> post(context.client(), event.getChannel(),
                    DirectMessageReply.of(answer.answer(text))));
        }
        return context.ack();
    }

    static boolean typedByAPerson(MessageEvent event) {
        return event != null && "im".equals(event.getChannelType()) && event.getBotId() == null
                && event.getBotProfile() == null && event.getUser() != null && event.getChannel() != null
                && event.getText() != null && !event.getText().isBlank();
    }

    private static void post(MethodsClient slack, String channel, Reply reply) {
        try {
            ChatPostMessageResponse response = slack.chatPostMessage(r -> r.channel(channel)
                    .text(reply.text())
                    .blocks(reply.blocks()));
            if (!response.isOk()) {
                log.warn("answering a direct message failed: {}", response.getError());
            }
        } catch (Exception e) {
            log.warn("answering a direct message failed: {}", e.toString());
        }
    }
}
