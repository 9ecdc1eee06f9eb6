package ailog.app.outbox;

import java.time.Instant;

/** Composes the messages that are not weekly: assessments, reports, feedback and obstacles. */
@FunctionalInterface
public interface ComposeNotice {
    Composition compose(OutboxEntry entry, Instant now);
}
