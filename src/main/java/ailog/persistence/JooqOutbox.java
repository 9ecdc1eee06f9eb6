package ailog.persistence;

import static ailog.persistence.generated.Tables.OUTBOX;

import ailog.app.outbox.Outbox;
import ailog.app.outbox.OutboxEntry;
import ailog.app.outbox.SentMessage;
import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.Slot;
import ailog.persistence.generated.tables.records.OutboxRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The outbox: the message key is unique, so a slot planned twice is one row. */
public final class JooqOutbox implements Outbox {
    private final Database database;

    public JooqOutbox(Database database) {
        this.database = database;
    }

    @Override
    public int planAll(List<Slot> slots, Instant now) {
        return database.write(dsl -> inKeyOrder(slots).mapToInt(slot -> slot.isTooLateAt(now)
                ? insert(dsl, slot, "missed", "more than 3 days late when planned", now)
                : insert(dsl, slot, "pending", null, now)).sum());
    }

    @Override
    public int planSkipped(List<Slot> slots, String why, Instant now) {
        return database.write(dsl -> inKeyOrder(slots).mapToInt(slot -> insert(dsl, slot, "skipped", why, now)).sum());
    }

    /**
     * In key order, whatever order the caller lists them in: on PostgreSQL an insert waits for another transaction's
     * uncommitted row with the same key, so two instances planning the same slots at once in crossed orders (an
     * owner list is a set, its order differs from one process to another) would each wait for the other.
     */
    private static Stream<Slot> inKeyOrder(List<Slot> slots) {
        return slots.stream().sorted(Comparator.comparing(Slot::key));
    }

    private static int insert(DSLContext dsl, Slot slot, String status, String note, Instant now) {
        boolean finished = !status.equals("pending");
        return dsl.insertInto(OUTBOX)
                .set(OUTBOX.MESSAGE_KEY, slot.key())
                .set(OUTBOX.KIND, slot.kind().key())
                .set(OUTBOX.RECIPIENT, slot.recipient())
                .set(OUTBOX.SUBJECT, slot.subject())
                .set(OUTBOX.DUE_AT, slot.dueAt().toEpochMilli())
                .set(OUTBOX.STATUS, status)
                .set(OUTBOX.NEXT_ATTEMPT_AT, slot.dueAt().toEpochMilli())
                .set(OUTBOX.FINISHED_AT, finished ? now.toEpochMilli() : null)
                .set(OUTBOX.NOTE, note)
                .onConflictDoNothing()
                .execute();
    }

    /**
     * Claims due messages with one conditional update: a row another instance claimed meanwhile is no longer
     * pending when the update reaches it (PostgreSQL checks the condition again on the committed row), so each
     * message is claimed by exactly one instance.
     */
    @Override
    public List<OutboxEntry> claimDue(Instant dueBy, Instant claimedAt, int limit) {
        return database.write(dsl -> dsl.update(OUTBOX)
                .set(OUTBOX.STATUS, "sending")
                .set(OUTBOX.CLAIMED_AT, claimedAt.toEpochMilli())
                .set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(1))
                .where(OUTBOX.ID.in(DSL.select(OUTBOX.ID)
                        .from(OUTBOX)
                        .where(OUTBOX.STATUS.eq("pending"))
                        .and(OUTBOX.NEXT_ATTEMPT_AT.le(dueBy.toEpochMilli()))
                        .orderBy(OUTBOX.NEXT_ATTEMPT_AT, OUTBOX.ID)
                        .limit(limit)))
                .and(OUTBOX.STATUS.eq("pending"))
                .returning()
                .fetch()
                .stream()
                .sorted(Comparator.comparing(OutboxRecord::getNextAttemptAt).thenComparing(OutboxRecord::getId))
                .map(JooqOutbox::claimed)
                .toList());
    }

    @Override
    public void sent(long id, String channel, String ts, Instant at) {
        finish(id, "sent", null, at, channel, ts);
    }

    @Override
    public void retryAt(long id, Instant next, String error) {
        database.write(dsl -> dsl.update(OUTBOX)
                .set(OUTBOX.STATUS, "pending")
                .set(OUTBOX.NEXT_ATTEMPT_AT, next.toEpochMilli())
                .setNull(OUTBOX.CLAIMED_AT)
                .set(OUTBOX.NOTE, error)
                .where(OUTBOX.ID.eq(id))
                .execute());
    }

    @Override
    public void missed(long id, String why, Instant at) {
        finish(id, "missed", why, at, null, null);
    }

    @Override
    public void skipped(long id, String why, Instant at) {
        finish(id, "skipped", why, at, null, null);
    }

    private void finish(long id, String status, String note, Instant at, String channel, String ts) {
        database.write(dsl -> dsl.update(OUTBOX)
                .set(OUTBOX.STATUS, status)
                .set(OUTBOX.NOTE, note)
                .set(OUTBOX.FINISHED_AT, at.toEpochMilli())
                .set(OUTBOX.CHANNEL, channel)
                .set(OUTBOX.TS, ts)
                .where(OUTBOX.ID.eq(id))
                .execute());
    }

    @Override
    public List<SentMessage> sent(MessageKind kind, String recipient) {
        return database.read(dsl -> dsl.select(OUTBOX.SUBJECT, OUTBOX.DUE_AT, OUTBOX.FINISHED_AT)
                .from(OUTBOX)
                .where(OUTBOX.KIND.eq(kind.key()))
                .and(OUTBOX.RECIPIENT.eq(recipient))
                .and(OUTBOX.STATUS.eq("sent"))
                .orderBy(OUTBOX.DUE_AT, OUTBOX.ID)
                .fetch(r -> new SentMessage(r.value1(), Instant.ofEpochMilli(r.value2()),
                        Instant.ofEpochMilli(r.value3()))));
    }

    @Override
    public int releaseClaimsBefore(Instant before) {
        return database.write(dsl -> dsl.update(OUTBOX)
                .set(OUTBOX.STATUS, "pending")
                .setNull(OUTBOX.CLAIMED_AT)
                .where(OUTBOX.STATUS.eq("sending"))
                .and(OUTBOX.CLAIMED_AT.lt(before.toEpochMilli()))
                .execute());
    }

    /** The entry as it was before this claim: its attempts are the ones made before this one. */
    private static OutboxEntry claimed(OutboxRecord r) {
        return new OutboxEntry(r.getId(), r.getMessageKey(), MessageKind.fromKey(r.getKind()), r.getRecipient(),
                r.getSubject(), Instant.ofEpochMilli(r.getDueAt()), r.getAttempts().intValue() - 1);
    }
}
