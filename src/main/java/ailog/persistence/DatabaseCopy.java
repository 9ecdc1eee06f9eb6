package ailog.persistence;

import static ailog.persistence.generated.Tables.ASSESSMENT;
import static ailog.persistence.generated.Tables.ENROLLMENT;
import static ailog.persistence.generated.Tables.FEEDBACK;
import static ailog.persistence.generated.Tables.FOUNDATION_CHANGE;
import static ailog.persistence.generated.Tables.FOUNDATION_CHANGE_REPORTER;
import static ailog.persistence.generated.Tables.HEALTH;
import static ailog.persistence.generated.Tables.MEMBER_DAY_COUNT;
import static ailog.persistence.generated.Tables.OBSTACLE;
import static ailog.persistence.generated.Tables.OUTBOX;
import static ailog.persistence.generated.Tables.RUN;
import static ailog.persistence.generated.Tables.WORKFLOW;

import ailog.app.DatabaseMove;
import ailog.app.DatabaseMove.CopyDiffers;
import ailog.app.DatabaseMove.Copied;
import ailog.app.DatabaseMove.Difference;
import ailog.app.DatabaseMove.TargetNotEmpty;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;

/**
 * Copies every table of ailog's schema from one database into another, empty one (the bot's SQLite file into
 * PostgreSQL): the source read in batches from one snapshot, the target written in one transaction with every id
 * kept, its id sequences then set past the copied ids. It commits only when each table holds as many rows on both
 * sides with the same checksum; otherwise nothing of the copy is kept.
 */
public final class DatabaseCopy {
    /** Rows read and written at a time: a big database is never held in memory whole. */
    static final int BATCH = 1_000;

    /**
     * ailog's tables, each after those its rows refer to. Not Flyway's history (each side has its own) nor the
     * scheduler's qrtz_* tables (the scheduler's own state, rebuilt when it starts).
     */
    private static final List<CopiedTable> TABLES = List.of(
            new CopiedTable(WORKFLOW),
            new CopiedTable(RUN),
            new CopiedTable(MEMBER_DAY_COUNT),
            new CopiedTable(ENROLLMENT).laterReference(ENROLLMENT.ID, ENROLLMENT.REPLACED_BY),
            new CopiedTable(OBSTACLE),
            new CopiedTable(ASSESSMENT),
            new CopiedTable(OUTBOX),
            new CopiedTable(FEEDBACK),
            new CopiedTable(FOUNDATION_CHANGE),
            new CopiedTable(FOUNDATION_CHANGE_REPORTER),
            new CopiedTable(HEALTH).seeded());

    private DatabaseCopy() {}

    /** The move of {@code migrate-db}: opens the SQLite file and the PostgreSQL database, then copies. */
    public static DatabaseMove move(Optional<String> password) {
        return (from, to, starting) -> {
            try (Database source = Database.open(from.toString());
                    Database target = Database.open(to, password.orElse(null))) {
                starting.accept(target.url());
                return copy(source, target);
            }
        };
    }

    /**
     * Copies {@code source} into {@code target}, which must hold no row of ailog's (the rows its migrations seed
     * aside); returns what each table holds now.
     */
    public static List<Copied> copy(Database source, Database target) {
        try {
            return copyOnce(source, target);
        } catch (DataAccessException e) {
            throw new IllegalStateException(databaseWords(e), e);
        }
    }

    private static List<Copied> copyOnce(Database source, Database target) {
        Engine engine = target.engine();
        return target.write(into -> {
            refuseUnlessEmpty(into);
            Engine.Resume counting = into.connectionResult(engine::suspendCounting);
            Map<CopiedTable, RowSum> read = source.read(from -> from.transactionResult(
                    snapshot -> copyAll(snapshot.dsl(), into, engine)));
            resume(counting);
            for (CopiedTable copied : TABLES) {
                if (copied.table().getIdentity() != null) {
                    engine.continueIds(into, copied.table(), copied.table().getIdentity().getField());
                }
            }
            return checked(into, read);
        });
    }

    /** The database's own words, not jOOQ's, whose message repeats a whole batch's SQL. */
    private static String databaseWords(DataAccessException failure) {
        String words = failure.getMessage();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                words = sql.getMessage();
            }
        }
        return words;
    }

    private static void refuseUnlessEmpty(DSLContext into) {
        List<String> holding = TABLES.stream()
                .filter(copied -> !copied.isSeeded() && into.fetchExists(copied.table()))
                .map(copied -> copied.table().getName())
                .toList();
        if (!holding.isEmpty()) {
            throw new TargetNotEmpty(holding);
        }
    }

    /** The per-day counts are copied as they are, so the trigger that keeps them is off meanwhile. */
    private static void resume(Engine.Resume counting) {
        try {
            counting.run();
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
    }

    private static Map<CopiedTable, RowSum> copyAll(DSLContext from, DSLContext into, Engine engine) {
        Map<CopiedTable, RowSum> read = new LinkedHashMap<>();
        for (CopiedTable copied : TABLES) {
            if (copied.isSeeded()) {
                into.deleteFrom(copied.table()).execute();
            }
            read.put(copied, copyRows(from, into, engine, copied));
            copied.setLaterReferences(from, into);
        }
        return read;
    }

    /** Through the target's own bulk loader (one COPY on PostgreSQL), reading the source a batch at a time. */
    private static RowSum copyRows(DSLContext from, DSLContext into, Engine engine, CopiedTable copied) {
        RowSum sum = new RowSum();
        into.connection(connection -> {
            try (Engine.RowLoader loader = engine.rowLoader(connection, copied.quotedName(into),
                    copied.quotedColumns(into));
                    Cursor<Record> rows = inOrder(from, copied.table()).fetchLazy()) {
                for (Record row : rows) {
                    Object[] values = row.intoArray();
                    sum.add(values);
                    loader.add(copied.withoutLaterReference(row, values));
                }
                loader.finish();
            }
        });
        return sum;
    }

    /** Every column, in the same order on either database; the rows in key order, read a batch at a time. */
    private static ResultQuery<Record> inOrder(DSLContext dsl, Table<?> table) {
        return dsl.select(table.fields())
                .from(table)
                .orderBy(table.getPrimaryKey().getFields())
                .fetchSize(BATCH);
    }

    private static List<Copied> checked(DSLContext into, Map<CopiedTable, RowSum> read) {
        List<Copied> copied = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        read.forEach((table, source) -> {
            RowSum target = new RowSum();
            try (Cursor<Record> rows = inOrder(into, table.table()).fetchLazy()) {
                rows.forEach(target::add);
            }
            String name = table.table().getName();
            if (!target.equals(source)) {
                differences.add(new Difference(name, source.rows(), source.checksum(), target.rows(),
                        target.checksum()));
            }
            copied.add(new Copied(name, target.rows(), target.checksum()));
        });
        if (!differences.isEmpty()) {
            throw new CopyDiffers(differences);
        }
        return copied;
    }
}
