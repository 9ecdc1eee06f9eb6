package ailog.app.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox says is due: claim, send, record. Slack's 429s are waited out as long as Retry-After says
 * (all sending pauses, as the limit is the workspace's); other failures are retried with backoff, then left for
 * a later tick. Sends are paced so a large cohort stays within Slack's limits.
 */
public final class SendDueMessages {
    private static final Logger log = LoggerFactory.getLogger(SendDueMessages.class);
    private static final int BATCH = 50;
    private static final int ATTEMPTS_PER_TICK = 5;
    private static final int RATE_LIMITS_PER_MESSAGE = 20;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration LATER = Duration.ofMinutes(5);

    private final Outbox outbox;
    private final Composer composer;
    private final Messenger messenger;
    private final Sleeper sleeper;
    private final Duration pace;

    public SendDueMessages(Outbox outbox, Composer composer, Messenger messenger, Sleeper sleeper,
            Duration pace) {
        this.outbox = outbox;
        this.composer = composer;
        this.messenger = messenger;
        this.sleeper = sleeper;
        this.pace = pace;
    }

    /** Sends every message due by {@code now}; returns how many were sent. */
    public int sendDueBy(Instant now) {
        int sent = 0;
        for (List<OutboxEntry> batch = outbox.claimDue(now, BATCH); !batch.isEmpty();
                batch = outbox.claimDue(now, BATCH)) {
            for (OutboxEntry entry : batch) {
                sent += deliver(entry, now) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean deliver(OutboxEntry entry, Instant now) {
        if (now.isAfter(entry.dueAt().plus(ailog.domain.schedule.Slot.TOO_LATE))) {
            outbox.missed(entry.id(), "more than 3 days late", now);
            return false;
        }
        Composition composition = composer.compose(entry, now);
        if (composition instanceof Composition.Skip skip) {
            outbox.skipped(entry.id(), skip.why(), now);
            return false;
        }
        return send(entry, ((Composition.Send) composition).message(), now);
    }

    private boolean send(OutboxEntry entry, Message message, Instant now) {
        String lastError = "";
        int failures = 0;
        for (int rateLimits = 0; failures < ATTEMPTS_PER_TICK && rateLimits < RATE_LIMITS_PER_MESSAGE; ) {
            sleeper.sleep(pace);
            Delivery delivery = messenger.send(entry.recipient(), message);
            if (delivery instanceof Delivery.Sent sent) {
                outbox.sent(entry.id(), sent.channel(), sent.ts(), now);
                return true;
            }
            if (delivery instanceof Delivery.Refused refused) {
                log.warn("Slack refused {} for {}: {}", entry.key(), entry.recipient(), refused.error());
                outbox.missed(entry.id(), "refused by Slack: " + refused.error(), now);
                return false;
            }
            if (delivery instanceof Delivery.RateLimited limited) {
                rateLimits++;
                lastError = "rate limited";
                sleeper.sleep(limited.retryAfter());
            } else {
                lastError = ((Delivery.Failed) delivery).error();
                sleeper.sleep(FIRST_BACKOFF.multipliedBy(1L << failures));
                failures++;
            }
        }
        log.warn("sending {} failed for now ({}); trying again later", entry.key(), lastError);
        outbox.retryAt(entry.id(), now.plus(LATER), lastError);
        return false;
    }
}
