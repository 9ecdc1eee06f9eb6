package ailog.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite, the default: one file, one writer connection used by one thread at a time (SQLite allows one writer), and
 * a few reader connections that WAL mode lets run beside it.
 */
final class SqliteEngine implements Engine {
    private static final int READERS = 4;
    private static final String COUNTING_TRIGGER = "run_counted";
    private static final String TRIGGER_SQL = "select sql from sqlite_master where type = 'trigger' and name = ?";

    private final String url;

    SqliteEngine(String url) {
        this.url = url;
        SqliteNativeLibrary.prepare();
    }

    @Override
    public SQLDialect dialect() {
        return SQLDialect.SQLITE;
    }

    @Override
    public List<String> migrationLocations() {
        return List.of("db/common", "db/sqlite");
    }

    @Override
    public DataSource dataSource() {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl(url);
        return source;
    }

    @Override
    public Connections connections() throws SQLException {
        return new Kept();
    }

    /** The writer and the readers, open for as long as the database is. */
    private final class Kept implements Connections {
        private final Session writer;
        private final BlockingQueue<Session> readers = new ArrayBlockingQueue<>(READERS);
        private final List<Session> all = new java.util.ArrayList<>();

        Kept() throws SQLException {
            try {
                writer = connect(true);
                for (int i = 0; i < READERS; i++) {
                    readers.add(connect(false));
                }
            } catch (SQLException e) {
                close();
                throw e;
            }
        }

        private Session connect(boolean writes) throws SQLException {
            SQLiteConfig config = new SQLiteConfig();
            if (writes) {
                // take the write lock when a transaction begins: a transaction that reads first and writes later
                // would fail outright (SQLITE_BUSY_SNAPSHOT) if another process, a catch-up tick or an import, wrote
                // meanwhile
                config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            }
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: each shared commit reaches the disk (one fsync per group), so an acknowledged log survives a
            // power cut
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(10_000);
            config.enforceForeignKeys(true);
            Properties properties = config.toProperties();
            Session session = new Session(DriverManager.getConnection(url, properties), SQLDialect.SQLITE);
            all.add(session);
            return session;
        }

        @Override
        public <T> T writing(SessionWork<T> work) throws SQLException {
            return work.apply(writer);
        }

        @Override
        public <T> T reading(SessionWork<T> work) throws SQLException {
            Session session;
            try {
                session = readers.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the database", e);
            }
            try {
                return work.apply(session);
            } finally {
                readers.add(session);
            }
        }

        @Override
        public void close() {
            all.forEach(Session::close);
        }
    }

    /** SQLite's unary plus: no longer a term the date index can serve. */
    @Override
    public Field<String> memberOrdered(Field<String> date) {
        return DSL.field("+{0}", date.getDataType(), date);
    }

    /** Drops the trigger (SQLite's DDL is part of the transaction) and creates it again from its stored SQL. */
    @Override
    public Resume suspendCounting(Connection connection) throws SQLException {
        String create;
        try (PreparedStatement select = connection.prepareStatement(TRIGGER_SQL)) {
            select.setString(1, COUNTING_TRIGGER);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the trigger " + COUNTING_TRIGGER + " of migration V4 is missing");
                }
                create = row.getString(1);
            }
        }
        PlainSql.execute(connection, "drop trigger " + COUNTING_TRIGGER);
        return () -> PlainSql.execute(connection, create);
    }

    /**
     * Sets the run table's CHECK constraints aside on this connection: SQLite tests each {@code IN (...)} list against
     * a table it builds again for every execution of a statement, which costs more than the insert itself. The import
     * stores only runs the application made (outcome, edit type and source come from its own closed lists), and the
     * foreign keys, NOT NULLs and UNIQUE still hold.
     */
    @Override
    public Resume loadInBulk(Connection connection) throws SQLException {
        PlainSql.execute(connection, "pragma ignore_check_constraints = on");
        return () -> PlainSql.execute(connection, "pragma ignore_check_constraints = off");
    }

    /** A hundred rows to an INSERT: SQLite runs in the process, so a statement costs no round trip. */
    @Override
    public RowLoader rowLoader(Connection connection, String table, List<String> columns) throws SQLException {
        return new MultiRowInsert(connection, table, columns);
    }

    /** SQLite's plans are set by the query hint and the indexes: statistics would only make them less certain. */
    @Override
    public void afterImport(long inserted) {
        // nothing
    }

    /** A failed statement leaves SQLite's transaction as it was before the statement. */
    @Override
    public <T> T alone(Connection connection, Write<T> write) throws SQLException {
        return write.run();
    }

    /** One writer at a time: no other transaction can cross this one's writes. */
    @Override
    public boolean crossedByAnother(SQLException failure) {
        return false;
    }

    @Override
    public boolean rebuildsIndexesOnImport() {
        return true;
    }

    @Override
    public void backupTo(Connections connections, Path target) throws SQLException {
        connections.reading(session -> {
            try (PreparedStatement vacuum = session.connection().prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, target.toAbsolutePath().toString());
                vacuum.execute();
            }
            return null;
        });
    }

    /** Nothing to do: AUTOINCREMENT keeps the highest id ever inserted, explicit ones included. */
    @Override
    public void oneAtATime(DSLContext dsl, String key) {
        // one writer at a time: the transaction already holds the database's write lock
    }

    @Override
    public void continueIds(DSLContext dsl, Table<?> table, Field<?> id) {
        // sqlite_sequence already follows the copied ids
    }

    /** SQLite's own words made plain: the error codes an operator can do something about. */
    @Override
    public Optional<String> plainReason(SQLException failure) {
        String text = String.valueOf(failure.getMessage());
        if (text.contains("SQLITE_FULL")) {
            return Optional.of("the disk is full: writes cannot be stored");
        }
        if (text.contains("SQLITE_READONLY")) {
            return Optional.of("the database file is read-only: writes cannot be stored");
        }
        if (text.contains("SQLITE_BUSY") || text.contains("SQLITE_LOCKED")) {
            return Optional.of("another process holds the database's write lock");
        }
        if (text.contains("SQLITE_IOERR")) {
            return Optional.of("the disk reports I/O errors");
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return url;
    }

    @Override
    public void close() {
        // nothing beyond the connections
    }
}
