package ailog.app.outbox;

import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.Slot;
import java.time.Instant;
import java.util.List;

/**
 * Every message ailog sends on its own: planned once per key, claimed, sent, recorded. The database decides what
 * is due; a restart finds the queue where it was left.
 */
public interface Outbox {
    /**
     * Queues each slot, in one transaction, unless a message with its key is already there (planned, sent, missed
     * …); one more than 3 days late is recorded as missed. Returns how many were new.
     */
    int planAll(List<Slot> slots, Instant now);

    /** Records each slot as skipped for {@code why}, unless its key is already there; returns how many were new. */
    int planSkipped(List<Slot> slots, String why, Instant now);

    /**
     * Marks up to {@code limit} pending messages due by {@code dueBy} as being sent, stamped {@code claimedAt} (the
     * real clock, whatever instant a catch-up tick plays), and returns them.
     */
    List<OutboxEntry> claimDue(Instant dueBy, Instant claimedAt, int limit);

    void sent(long id, String channel, String ts, Instant at);

    /** Back to pending, to be tried again at {@code next}. */
    void retryAt(long id, Instant next, String error);

    void missed(long id, String why, Instant at);

    void skipped(long id, String why, Instant at);

    /**
     * The messages of this kind sent to this recipient, earliest due first, each with the instant it was composed and
     * sent: what a later message of the kind already reported, so that runs logged since count as late.
     */
    List<SentMessage> sent(MessageKind kind, String recipient);

    /**
     * Claims stamped before {@code before} (real time) were cut off by a crash or restart: they go back to pending,
     * and are looked for in the DM before any resend.
     */
    int releaseClaimsBefore(Instant before);
}
