package ailog.app.outbox;

import java.time.Duration;

/** What happened to one attempt to send a message. */
public sealed interface Delivery {
    record Sent(String channel, String ts) implements Delivery {}

    /** Slack said to wait: HTTP 429 with Retry-After. */
    record RateLimited(Duration retryAfter) implements Delivery {}

    /** Worth trying again: a 5xx, a timeout, a dropped connection. */
    record Failed(String error) implements Delivery {}

    /** Never worth trying again: the user is gone, the message is malformed. */
    record Refused(String error) implements Delivery {}
}
