package ailog.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * Everything that differs between the databases ailog runs on, in one place: how to connect, which migrations
 * build the schema, how a backup is taken, how an import sets the per-run counting aside and what it leaves for the
 * planner, how ids continue after a copy, how one failed write of a shared transaction is undone alone, which
 * failures another instance's transaction caused, and the one query hint that only SQLite needs. The repositories
 * are the same jOOQ code on both.
 */
sealed interface Engine permits SqliteEngine, PostgresEngine {

    /** The engine a {@code jdbc:} URL names. */
    static Engine of(String url, String password) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresEngine(url, password);
        }
        if (url.startsWith("jdbc:sqlite:")) {
            return new SqliteEngine(url);
        }
        throw new IllegalArgumentException("AILOG_DB must be a file path, a jdbc:sqlite: URL or a jdbc:postgresql:"
                + " URL, such as jdbc:postgresql://db.example.com/ailog?user=ailog; got " + url);
    }

    SQLDialect dialect();

    /** The Flyway locations, shared first: {@code db/common} and the engine's own folder. */
    List<String> migrationLocations();

    /** Connections for Flyway and for the start-up check of the schema. */
    DataSource dataSource();

    /** The connections queries run on. */
    Connections connections() throws SQLException;

    /**
     * The date as a query should use it to walk the member index in member order rather than the date index: SQLite
     * needs a hint (its unary plus); PostgreSQL's planner chooses by itself.
     */
    Field<String> memberOrdered(Field<String> date);

    /** Puts back what {@link #suspendCounting} set aside, in the same transaction. */
    @FunctionalInterface
    interface Resume {
        void run() throws SQLException;
    }

    /**
     * Sets the per-run counting trigger aside inside the caller's transaction, keeping other writers off the run
     * table until it commits (SQLite's write lock; PostgreSQL's table lock that disabling a trigger takes).
     */
    Resume suspendCounting(Connection connection) throws SQLException;

    /**
     * Readies the connection for inserting many runs whose every value the application has already checked, inside
     * the caller's transaction; the returned {@link Resume} puts it back as it was, and must run whether the inserts
     * succeeded or not (the connection serves other writes afterwards).
     */
    Resume loadInBulk(Connection connection) throws SQLException;

    /** Many rows of one table, inserted inside the caller's transaction. */
    interface RowLoader extends AutoCloseable {
        /** One row: a String, a Long or null for each column, in the columns' order. */
        void add(Object[] values) throws SQLException;

        /** Inserts what is still held back; returns how many rows were inserted in all. */
        long finish() throws SQLException;

        @Override
        void close() throws SQLException;
    }

    /** Inserts many rows into {@code table}'s {@code columns} the way this database takes them fastest. */
    RowLoader rowLoader(Connection connection, String table, List<String> columns) throws SQLException;

    /** One write of a transaction that several share. */
    @FunctionalInterface
    interface Write<T> {
        T run() throws SQLException;
    }

    /**
     * Runs one write of a transaction that several writes share, so that its failure undoes that write alone and the
     * others still commit: SQLite undoes a failed statement by itself and goes on; PostgreSQL aborts the whole
     * transaction unless the write has a savepoint of its own.
     */
    <T> T alone(Connection connection, Write<T> write) throws SQLException;

    /**
     * Whether the database refused a statement only because another transaction crossed it at that moment (a
     * deadlock between two instances), so that the same write in a later transaction may succeed.
     */
    boolean crossedByAnother(SQLException failure);

    /** Whether a big import is faster dropping the run table's indexes and building them again at the end. */
    boolean rebuildsIndexesOnImport();

    /**
     * What the planner needs once an import of {@code inserted} runs has committed, before the next report; run on a
     * connection of its own, outside any transaction.
     */
    void afterImport(long inserted) throws SQLException;

    /** Writes a consistent copy of the whole database to a new file while others keep using it. */
    void backupTo(Connections connections, Path target) throws SQLException, IOException;

    /**
     * Makes the caller's transaction wait while another holds {@code key}, then hold it until it ends: writes about
     * one member then go one at a time across instances. SQLite has one writer at a time already.
     */
    void oneAtATime(DSLContext dsl, String key);

    /**
     * After rows were copied in with their own ids, makes the ids the table generates next follow the highest of
     * them, inside the caller's transaction.
     */
    void continueIds(DSLContext dsl, Table<?> table, Field<?> id);

    /** What an operator can do about a write that failed, in plain words; empty when the error is not one we know. */
    java.util.Optional<String> plainReason(SQLException failure);

    /** The URL without any password, for logs and messages. */
    String describe();

    void close();
}
