package ailog.app.outbox;

/** Sends one message to a member's direct messages: the Slack Web API in production. */
public interface Messenger {
    Delivery send(String recipient, Message message);
}
