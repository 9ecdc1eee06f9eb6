package ailog.app.outbox;

import ailog.domain.schedule.Slot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox says is due: claim, send, record. A message claimed before (its last send may have reached
 * Slack though the answer was lost) is first looked for in the DM by its key, and only sent if it is not there.
 * Each claimed batch goes out on the workers, one task per recipient (Slack allows about one message per second per
 * channel, so a recipient's messages are sent in order a second apart, while different recipients' go out side by
 * side). A 429 on a channel this task has just posted to is that channel's limit: only that channel waits out its
 * Retry-After; any other 429 is the workspace's budget, and all sending waits it out. Other failures are retried
 * with backoff, then left for a later tick. A token Slack refuses pauses all sending until it is fixed, leaving every
 * message due. One bad answer fails one message, never the tick.
 */
public final class SendDueMessages {
    private static final Logger log = LoggerFactory.getLogger(SendDueMessages.class);
    private static final int BATCH = 50;
    private static final int ATTEMPTS_PER_TICK = 5;
    private static final int RATE_LIMITS_PER_MESSAGE = 20;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration LATER = Duration.ofMinutes(5);
    /** A send whose result is unknown is looked for in the DM at the next tick, not resent in a loop. */
    private static final Duration LOOK_AGAIN = Duration.ofMinutes(1);
    /** Slack's limit for {@code chat.postMessage}: about one message per second in each channel. */
    static final Duration PER_CHANNEL = Duration.ofSeconds(1);

    private final Outbox outbox;
    private final Composer composer;
    private final Messenger messenger;
    private final Sleeper sleeper;
    private final Executor workers;
    private final WorkspacePause workspace;
    private volatile boolean tokenRefused;

    /** {@code workers} sends to different recipients side by side; a synchronous one sends one after another. */
    public SendDueMessages(Outbox outbox, Composer composer, Messenger messenger, Sleeper sleeper, Executor workers) {
        this.outbox = outbox;
        this.composer = composer;
        this.messenger = messenger;
        this.sleeper = sleeper;
        this.workers = workers;
        this.workspace = new WorkspacePause(sleeper);
    }

    /** The outcome of one message, and whether sending should stop for this tick. */
    private enum Outcome {
        SENT, NOT_SENT, STOP
    }

    /** Sends every message due by {@code now}, claimed at {@code claimedAt} (the real clock); returns how many. */
    public int sendDueBy(Instant now, Instant claimedAt) {
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        boolean first = true;
        for (List<OutboxEntry> batch = outbox.claimDue(now, claimedAt, BATCH); !batch.isEmpty() && !stop.get();
                batch = outbox.claimDue(now, claimedAt, BATCH)) {
            List<List<OutboxEntry>> byRecipient = new ArrayList<>(batch.stream().collect(
                    Collectors.groupingBy(OutboxEntry::recipient, LinkedHashMap::new, Collectors.toList())).values());
            if (first) { // the tick's first recipient goes alone: a refused token then stops every other send
                deliverInOrder(byRecipient.remove(0), now, sent, stop);
                first = false;
            }
            CompletableFuture.allOf(byRecipient.stream()
                    .map(entries -> CompletableFuture.runAsync(() -> deliverInOrder(entries, now, sent, stop), workers))
                    .toArray(CompletableFuture[]::new)).join();
        }
        return sent.get();
    }

    /** One recipient's messages of a batch, a second apart; once the token is refused, the rest stay due. */
    private void deliverInOrder(List<OutboxEntry> entries, Instant now, AtomicInteger sent, AtomicBoolean stop) {
        for (int i = 0; i < entries.size(); i++) {
            OutboxEntry entry = entries.get(i);
            if (stop.get()) {
                outbox.retryAt(entry.id(), now.plus(LATER), "waiting for a bot token Slack accepts");
                continue;
            }
            if (i > 0) {
                sleeper.sleep(PER_CHANNEL);
            }
            Outcome outcome = deliverSafely(entry, now, i > 0);
            stop.compareAndSet(false, outcome == Outcome.STOP);
            sent.addAndGet(outcome == Outcome.SENT ? 1 : 0);
        }
    }

    private Outcome deliverSafely(OutboxEntry entry, Instant now, boolean channelJustUsed) {
        try {
            return deliver(entry, now, channelJustUsed);
        } catch (RuntimeException e) {
            log.warn("sending {} failed ({}); it stays due and is looked for before any resend", entry.key(),
                    e.toString());
            outbox.retryAt(entry.id(), now.plus(LOOK_AGAIN), e.toString());
            return Outcome.NOT_SENT;
        }
    }

    private Outcome deliver(OutboxEntry entry, Instant now, boolean channelJustUsed) {
        if (now.isAfter(entry.dueAt().plus(Slot.TOO_LATE))) {
            outbox.missed(entry.id(), "more than 3 days late", now);
            return Outcome.NOT_SENT;
        }
        if (entry.attempts() > 0) { // claimed before: its last send may have reached Slack
            Messenger.Search search = messenger.findSent(entry.recipient(), entry.key(), entry.dueAt());
            if (search instanceof Messenger.Search.Found found) {
                log.info("{} was already in {}'s DM: recorded as sent, not sent again", entry.key(),
                        entry.recipient());
                outbox.sent(entry.id(), found.sent().channel(), found.sent().ts(), now);
                return Outcome.SENT;
            }
            if (search instanceof Messenger.Search.Unknown unknown) {
                outbox.retryAt(entry.id(), now.plus(LOOK_AGAIN), "cannot tell whether it was sent: "
                        + unknown.error());
                return Outcome.NOT_SENT;
            }
        }
        Composition composition = composer.compose(entry, now);
        if (composition instanceof Composition.Skip skip) {
            outbox.skipped(entry.id(), skip.why(), now);
            return Outcome.NOT_SENT;
        }
        return send(entry, ((Composition.Send) composition).message(), now, channelJustUsed);
    }

    private Outcome send(OutboxEntry entry, Message message, Instant now, boolean channelJustUsed) {
        String lastError = "";
        int failures = 0;
        for (int rateLimits = 0; failures < ATTEMPTS_PER_TICK && rateLimits < RATE_LIMITS_PER_MESSAGE; ) {
            workspace.awaitOpen();
            Delivery delivery = messenger.send(entry.recipient(), message, entry.key());
            if (delivery instanceof Delivery.Sent sent) {
                outbox.sent(entry.id(), sent.channel(), sent.ts(), now);
                tokenAccepted();
                return Outcome.SENT;
            }
            if (delivery instanceof Delivery.TokenRefused refused) {
                tokenRefused(refused.error());
                outbox.retryAt(entry.id(), now.plus(LATER), "Slack refuses the bot token: " + refused.error());
                return Outcome.STOP;
            }
            if (delivery instanceof Delivery.Refused refused) {
                log.warn("Slack refused {} for {}: {}", entry.key(), entry.recipient(), refused.error());
                outbox.missed(entry.id(), "refused by Slack: " + refused.error(), now);
                return Outcome.NOT_SENT;
            }
            if (delivery instanceof Delivery.Unknown unknown) {
                log.warn("no answer to trust for {} ({}); it is looked for in the DM before any resend", entry.key(),
                        unknown.error());
                outbox.retryAt(entry.id(), now.plus(LOOK_AGAIN), "unknown: " + unknown.error());
                return Outcome.NOT_SENT;
            }
            if (delivery instanceof Delivery.RateLimited limited) {
                rateLimits++;
                lastError = "rate limited";
                waitOut(limited.retryAfter(), channelJustUsed || rateLimits > 1);
            } else {
                lastError = ((Delivery.Failed) delivery).error();
                sleeper.sleep(FIRST_BACKOFF.multipliedBy(1L << failures));
                failures++;
            }
        }
        log.warn("sending {} failed for now ({}); trying again later", entry.key(), lastError);
        outbox.retryAt(entry.id(), now.plus(LATER), lastError);
        return Outcome.NOT_SENT;
    }

    /**
     * A 429 right after a post to the same channel (or a repeated one) is the channel's limit: only this recipient's
     * task waits. Any other is the workspace's budget: every sender waits.
     */
    private void waitOut(Duration retryAfter, boolean channelLimit) {
        if (channelLimit) {
            sleeper.sleep(retryAfter);
        } else {
            workspace.pauseFor(retryAfter);
        }
    }

    /** Said once when it starts, not at every tick: the operator has one thing to fix. */
    private void tokenRefused(String error) {
        if (!tokenRefused) {
            tokenRefused = true;
            log.error("Slack refuses SLACK_BOT_TOKEN ({}): scheduled messages wait, none is dropped; fix the token"
                    + " (reinstall the app or copy a new Bot User OAuth Token) and they go out within 3 days of"
                    + " being due", error);
        }
    }

    private void tokenAccepted() {
        if (tokenRefused) {
            tokenRefused = false;
            log.info("Slack accepts the bot token again: scheduled messages are going out");
        }
    }
}
