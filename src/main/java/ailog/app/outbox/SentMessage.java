package ailog.app.outbox;

import java.time.Instant;

/** A message the outbox sent: what it was about, and the instant its figures were read and it went out. */
public record SentMessage(String subject, Instant dueAt, Instant sentAt) {}
