package ailog.domain.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * One message due at one instant. Its key names the message uniquely (kind, subject, week), so the same slot
 * planned twice is still one message.
 */
public record Slot(String key, MessageKind kind, String recipient, String subject, Instant dueAt) {
    /** A message this late is recorded as missed instead of sent. */
    public static final Duration TOO_LATE = Duration.ofDays(3);

    public boolean isDueBy(Instant now) {
        return !dueAt.isAfter(now);
    }

    public boolean isTooLateAt(Instant now) {
        return now.isAfter(dueAt.plus(TOO_LATE));
    }
}
