package ailog.app.outbox;

import java.time.Instant;

/** Sends one message to a member's direct messages: the Slack Web API in production. */
public interface Messenger {
    /** Posts the message, marked with its outbox key so that it can be found again. */
    Delivery send(String recipient, Message message, String key);

    /** Whether a message marked with this key is already in the recipient's DM, posted since {@code since}. */
    Search findSent(String recipient, String key, Instant since);

    /** What looking for an earlier send found. */
    sealed interface Search {
        record Found(Delivery.Sent sent) implements Search {}

        record Absent() implements Search {}

        /** The DM could not be read: still not known whether the message is there. */
        record Unknown(String error) implements Search {}
    }
}
