package ailog.app.outbox;

import java.time.Duration;

/** What happened to one attempt to send a message. */
public sealed interface Delivery {
    record Sent(String channel, String ts) implements Delivery {}

    /** Slack said to wait: HTTP 429 with Retry-After. */
    record RateLimited(Duration retryAfter) implements Delivery {}

    /** Slack answered that it did not post it, for now: a Slack error worth trying again. */
    record Failed(String error) implements Delivery {}

    /**
     * No answer to trust (a timeout, a dropped connection, a body that is not Slack's JSON): the message may or may
     * not be in the DM, so it is looked for before it is ever sent again.
     */
    record Unknown(String error) implements Delivery {}

    /** Slack refuses the bot token itself: nothing can be sent until an operator fixes it. */
    record TokenRefused(String error) implements Delivery {}

    /** Never worth trying again: the user is gone, the message is malformed. */
    record Refused(String error) implements Delivery {}
}
