package ailog.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database, SQLite or PostgreSQL (what differs is in {@link Engine}): writes one at a time on one session per
 * process, many log writes sharing one commit, and reads beside them.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private final Engine engine;
    private final Connections connections;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final GroupCommit groupCommit;

    /** Work on kept prepared statements, in plain JDBC: for the few statements every log runs. */
    @FunctionalInterface
    public interface PreparedWork<T> {
        T apply(PreparedStatements statements) throws SQLException;
    }

    private Database(Engine engine) throws SQLException {
        JooqWarmUp.await();
        this.engine = engine;
        this.connections = engine.connections();
        this.groupCommit = new GroupCommit(new SharedTransaction(engine, connections, writeLock));
    }

    /** Opens the database at a file path or {@code jdbc:} URL (without a separate password). */
    public static Database open(String location) {
        return open(location, null);
    }

    /**
     * Opens the database at a file path or {@code jdbc:} URL and brings its schema up to date: through Flyway only
     * when some shipped migration is not applied yet, as starting Flyway costs a command most of its start-up.
     */
    public static Database open(String location, String password) {
        Engine engine = Engine.of(toJdbcUrl(location), password);
        try {
            if (!SchemaVersion.isCurrent(engine)) {
                migrate(engine);
            }
            return new Database(engine);
        } catch (SQLException | RuntimeException e) {
            engine.close();
            throw new IllegalStateException("cannot open the database " + engine.describe() + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(Engine engine) {
        Flyway.configure()
                .dataSource(engine.dataSource())
                .locations(engine.migrationLocations().stream().map(l -> "classpath:" + l).toArray(String[]::new))
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

    /** Runs work in one transaction on the writer connection; other writers wait their turn. */
    public <T> T write(Function<DSLContext, T> work) {
        writeLock.lock();
        try {
            return connections.writing(session -> session.dsl().transactionResult(c -> work.apply(c.dsl())));
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
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

    /**
     * Readies the database for the next report once an import of {@code inserted} runs has committed (see
     * {@link Engine#afterImport}); the import stands whatever happens here, so a failure is only logged.
     */
    void afterImport(long inserted) {
        try {
            engine.afterImport(inserted);
        } catch (SQLException | RuntimeException e) {
            log.warn("after importing {} runs, readying the database for reports failed ({}); the database does it"
                    + " by itself later", inserted, plainReason(e));
        }
    }

    /** Runs read-only work on kept prepared statements of a reader connection. */
    public <T> T readPrepared(PreparedWork<T> work) {
        try {
            return connections.reading(session -> work.apply(session.prepared()));
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
    }

    /** Runs read-only work on a reader connection. */
    public <T> T read(Function<DSLContext, T> work) {
        try {
            return connections.reading(session -> work.apply(session.dsl()));
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
    }

    /** Why the database cannot take writes now (a small write did not commit within the budget), or empty. */
    public Optional<String> writeProblem(Duration budget) {
        try {
            return WriteHealth.check(groupCommit, budget, this::plainReason);
        } catch (RuntimeException e) {
            return Optional.of(plainReason(e));
        }
    }

    /** What a failed write means in words an operator can act on. */
    String plainReason(Throwable failure) {
        String text = String.valueOf(failure.getMessage());
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                Optional<String> known = engine.plainReason(sql);
                if (known.isPresent()) {
                    return known.get();
                }
                text = String.valueOf(sql.getMessage());
            }
        }
        return "writes fail: " + text;
    }

    /**
     * Writes a consistent copy of the whole database to a new file, while others keep using it: an SQLite file, or
     * pg_dump's custom-format archive of a PostgreSQL database.
     */
    public void backupTo(Path target) throws IOException {
        try {
            engine.backupTo(connections, target);
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
    }

    /** Whether this is a PostgreSQL database (backed up with pg_dump, shared by several instances). */
    public boolean isPostgres() {
        return engine instanceof PostgresEngine;
    }

    /** The connections' source, for a scheduler that keeps its own tables in the same database. */
    public javax.sql.DataSource dataSource() {
        return engine.dataSource();
    }

    Engine engine() {
        return engine;
    }

    /** The database's address without any password. */
    public String url() {
        return engine.describe();
    }

    @Override
    public void close() {
        groupCommit.close();
        connections.close();
        engine.close();
    }
}
