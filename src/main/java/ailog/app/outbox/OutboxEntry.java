package ailog.app.outbox;

import ailog.domain.schedule.MessageKind;
import java.time.Instant;

/** A message in the outbox, claimed for sending. */
public record OutboxEntry(long id, String key, MessageKind kind, String recipient, String subject, Instant dueAt,
        int attempts) {}
