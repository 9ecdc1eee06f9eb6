package ailog.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database: one writer connection used by one thread at a time (SQLite allows one writer),
 * and a few reader connections that WAL mode lets run beside it.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 4;
    private static final Settings JOOQ_SETTINGS = new Settings().withExecuteLogging(false);

    private final String url;
    private final Session writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Session> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Session> all = new ArrayList<>();
    private final GroupCommit groupCommit;

    /** One connection, the jOOQ context over it and the statements it keeps prepared. */
    private record Session(Connection connection, DSLContext dsl, PreparedStatements prepared) {
        Session(Connection connection) {
            this(connection, DSL.using(connection, SQLDialect.SQLITE, JOOQ_SETTINGS), new PreparedStatements(connection));
        }
    }

    /** Work on kept prepared statements, in plain JDBC: for the few statements every log runs. */
    @FunctionalInterface
    public interface PreparedWork<T> {
        T apply(PreparedStatements statements) throws SQLException;
    }

    private Database(String url) throws SQLException {
        this.url = url;
        this.writer = connect(url, true);
        for (int i = 0; i < READERS; i++) {
            readers.add(connect(url, false));
        }
        this.groupCommit = new GroupCommit(this::commitTogether);
    }

    /**
     * Opens the database at a file path or {@code jdbc:} URL and brings its schema up to date: through Flyway only
     * when some shipped migration is not applied yet, as starting Flyway costs a command most of its start-up.
     */
    public static Database open(String location) {
        String url = toJdbcUrl(location);
        if (!SchemaVersion.isCurrent(url)) {
            migrate(url);
        }
        try {
            return new Database(url);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database " + url + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(String url) {
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load()
                .migrate();
    }

    static String toJdbcUrl(String location) {
        if (location.startsWith("jdbc:")) {
            return location;
        }
        Path file = Path.of(location).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        return "jdbc:sqlite:" + file;
    }

    private Session connect(String url, boolean writes) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        if (writes) {
            // take the write lock when a transaction begins: a transaction that reads first and writes later would
            // fail outright (SQLITE_BUSY_SNAPSHOT) if another process, a catch-up tick or an import, wrote meanwhile
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: each shared commit reaches the disk (one fsync per group), so an acknowledged log survives a power cut
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        Properties properties = config.toProperties();
        Session session = new Session(DriverManager.getConnection(url, properties));
        all.add(session);
        return session;
    }

    /** Runs work in one transaction on the writer connection; other writers wait their turn. */
    public <T> T write(Function<DSLContext, T> work) {
        writeLock.lock();
        try {
            return writer.dsl().transactionResult(c -> work.apply(c.dsl()));
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs one prepared statement in a transaction shared with the other writes waiting meanwhile, and returns once
     * that transaction has committed: many members logging at once cost one commit, not one each, and wait for no
     * lock held by a thread the scheduler has paused.
     */
    public <T> T writeTogether(PreparedWork<T> statement) {
        return groupCommit.write(statement);
    }

    /** How many writes wait for the next shared transaction. */
    int writesWaiting() {
        return groupCommit.waiting();
    }

    private void commitTogether(List<GroupCommit.Pending<?>> writes) {
        writeLock.lock();
        try {
            Connection connection = writer.connection();
            List<Runnable> outcomes = new ArrayList<>(writes.size());
            try {
                connection.setAutoCommit(false);
                for (GroupCommit.Pending<?> write : writes) {
                    outcomes.add(attempt(write));
                }
                connection.commit();
            } catch (SQLException e) {
                rollBack(connection);
                throw new DataAccessException(e.getMessage(), e);
            } finally {
                autoCommit(connection);
            }
            outcomes.forEach(Runnable::run);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs one write of a shared transaction; what to tell its caller once the transaction has committed. */
    private <T> Runnable attempt(GroupCommit.Pending<T> write) {
        try {
            T value = write.work().apply(writer.prepared());
            return () -> write.result().complete(value);
        } catch (SQLException | RuntimeException e) {
            DataAccessException failure = e instanceof DataAccessException d ? d : new DataAccessException(e.getMessage(), e);
            return () -> write.result().completeExceptionally(failure);
        }
    }

    private static void rollBack(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the commit's own failure is what the callers hear about
        }
    }

    private static void autoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
    }

    /** Runs read-only work on kept prepared statements of a reader connection. */
    public <T> T readPrepared(PreparedWork<T> work) {
        Session session = takeReader();
        try {
            return work.apply(session.prepared());
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        } finally {
            readers.add(session);
        }
    }

    /** Runs read-only work on a reader connection. */
    public <T> T read(Function<DSLContext, T> work) {
        Session session = takeReader();
        try {
            return work.apply(session.dsl());
        } finally {
            readers.add(session);
        }
    }

    private Session takeReader() {
        try {
            return readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }

    /** Why the database cannot take writes now (a small write did not commit within the budget), or empty. */
    public Optional<String> writeProblem(Duration budget) {
        try {
            return WriteHealth.check(groupCommit, budget);
        } catch (RuntimeException e) {
            return Optional.of(WriteHealth.reason(e));
        }
    }

    /** Writes a consistent copy of the whole database to a new file, while others keep using it. */
    public void backupTo(Path target) {
        read(dsl -> dsl.execute("VACUUM INTO ?", target.toAbsolutePath().toString()));
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        groupCommit.close();
        for (Session session : all) {
            session.prepared().close();
            try {
                session.connection().close();
            } catch (SQLException ignored) {
                // closing anyway; nothing to save
            }
        }
    }
}
