package ailog.app.outbox;

import ailog.domain.schedule.Slot;
import java.time.Clock;
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
    /**
     * How long a claim lets this instance send its message; one still unsent by then (Slack kept answering 429) is put
     * back rather than sent, so a claim old enough for another instance to take over is never acted on. A batch of
     * 50 goes out in well under a minute even at Slack's pace.
     */
    static final Duration CLAIM_HELD = Duration.ofMinutes(5);

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

    /**
     * Sends every message due by {@code now}; returns how many. Each batch is claimed at the {@code real} clock's
     * instant when its turn comes, and none of its messages is sent once that claim is {@link #CLAIM_HELD} old.
     */
    public int sendDueBy(Instant now, Clock real) {
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        boolean first = true;
        while (!stop.get()) {
            Instant claimedAt = real.instant();
            List<OutboxEntry> batch = outbox.claimDue(now, claimedAt, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            Claim claim = new Claim(now, claimedAt.plus(CLAIM_HELD), real);
            List<List<OutboxEntry>> byRecipient = new ArrayList<>(batch.stream().collect(
                    Collectors.groupingBy(OutboxEntry::recipient, LinkedHashMap::new, Collectors.toList())).values());
            if (first) { // the tick's first recipient goes alone: a refused token then stops every other send
                deliverInOrder(byRecipient.remove(0), claim, sent, stop);
                first = false;
            }
            CompletableFuture.allOf(byRecipient.stream()
                    .map(entries -> CompletableFuture.runAsync(() -> deliverInOrder(entries, claim, sent, stop),
                            workers))
                    .toArray(CompletableFuture[]::new)).join();
        }
        return sent.get();
    }

    /** A claimed batch: the tick's instant, and until when the claim lets this instance send (the real clock). */
    private record Claim(Instant now, Instant heldUntil, Clock real) {
        boolean expired() {
            return !real.instant().isBefore(heldUntil);
        }
    }

    /** One recipient's messages of a batch, a second apart; once the token is refused, the rest stay due. */
    private void deliverInOrder(List<OutboxEntry> entries, Claim claim, AtomicInteger sent, AtomicBoolean stop) {
        Instant now = claim.now();
        for (int i = 0; i < entries.size(); i++) {
            OutboxEntry entry = entries.get(i);
            if (stop.get()) {
                outbox.retryAt(entry.id(), now.plus(LATER), "waiting for a bot token Slack accepts");
                continue;
            }
            if (i > 0) {
                sleeper.sleep(PER_CHANNEL);
            }
            Outcome outcome = deliverSafely(entry, claim, i > 0);
            stop.compareAndSet(false, outcome == Outcome.STOP);
            sent.addAndGet(outcome == Outcome.SENT ? 1 : 0);
        }
    }

    private Outcome deliverSafely(OutboxEntry entry, Claim claim, boolean channelJustUsed) {
        try {
            return deliver(entry, claim, channelJustUsed);
        } catch (RuntimeException e) {
            log.warn("sending {} failed ({}); it stays due and is looked for before any resend", entry.key(),
                    e.toString());
            outbox.retryAt(entry.id(), claim.now().plus(LOOK_AGAIN), e.toString());
            return Outcome.NOT_SENT;
        }
    }

    private Outcome deliver(OutboxEntry entry, Claim claim, boolean channelJustUsed) {
        Instant now = claim.now();
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
        return send(entry, ((Composition.Send) composition).message(), claim, channelJustUsed);
    }

    private Outcome send(OutboxEntry entry, Message message, Claim claim, boolean channelJustUsed) {
        Instant now = claim.now();
        String lastError = "";
        int failures = 0;
        for (int rateLimits = 0; failures < ATTEMPTS_PER_TICK && rateLimits < RATE_LIMITS_PER_MESSAGE; ) {
            workspace.awaitOpen();
            if (claim.expired()) { // another instance may soon take the claim over: the next claim sends it
                log.warn("{} was not sent within {} minutes of being claimed ({}); it goes back in the queue",
                        entry.key(), CLAIM_HELD.toMinutes(), lastError);
                outbox.retryAt(entry.id(), now.plus(LOOK_AGAIN), "claimed too long ago to send safely");
                return Outcome.NOT_SENT;
            }
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
