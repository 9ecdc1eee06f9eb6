package ailog.testing;

import static ailog.persistence.generated.Tables.OUTBOX;

import ailog.persistence.Database;
import java.time.Duration;
import java.util.List;

/** The outbox table as the tests see it: what is queued for whom, read straight from the database. */
public final class OutboxRows {
    /** One row: its key, kind, recipient, subject and status. */
    public record Row(String key, String kind, String recipient, String subject, String status) {}

    private OutboxRows() {}

    public static List<Row> of(Database database) {
        return database.read(dsl -> dsl.selectFrom(OUTBOX)
                .orderBy(OUTBOX.ID)
                .fetch(r -> new Row(r.getMessageKey(), r.getKind(), r.getRecipient(), r.getSubject(), r.getStatus())));
    }

    public static List<Row> withKeyStarting(Database database, String prefix) {
        return of(database).stream().filter(row -> row.key().startsWith(prefix)).toList();
    }

    /**
     * Moves every claim still held back by {@code age}, as if that much real time had passed since it was taken:
     * claims follow the real clock, which a test cannot wait out.
     */
    public static int ageClaims(Database database, Duration age) {
        return database.write(dsl -> dsl.update(OUTBOX)
                .set(OUTBOX.CLAIMED_AT, OUTBOX.CLAIMED_AT.minus(age.toMillis()))
                .where(OUTBOX.STATUS.eq("sending"))
                .execute());
    }
}
