package ailog.app.outbox;

import java.time.Instant;

/** Turns an outbox entry into the message to send now, or says to skip it. */
@FunctionalInterface
public interface Composer {
    Composition compose(OutboxEntry entry, Instant now);
}
