package ailog.testing;

import ailog.persistence.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The database a storage or end-to-end test runs on: an SQLite file by default, or, when the build runs the suite
 * again with {@code -Dailog.test.db=postgresql}, a fresh database on one PostgreSQL server that this JVM starts for
 * all its tests. Each fresh database is a copy of a template the migrations built once, so a test starts in
 * milliseconds on either.
 */
public final class TestDatabase {
    private static final String TEMPLATE = "ailog_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    /** Where the test servers keep their data, under the build's own folder. */
    private static final Path DATA = Path.of("target", "test-postgresql");
    private static EmbeddedPostgres server;

    private TestDatabase() {}

    /** True when this run of the suite is the PostgreSQL one. */
    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("ailog.test.db"));
    }

    /** Where a new, empty database for one test is: {@code AILOG_DB}'s value. */
    public static String fresh(Path folder) {
        return onPostgres() ? freshPostgres() : folder.resolve("ailog.db").toString();
    }

    /** A new PostgreSQL database with the schema, whichever run this is: for what only PostgreSQL does (clusters). */
    public static String freshPostgres() {
        server();
        String name = "test_" + NEXT.incrementAndGet();
        execute("create database " + name + " template " + TEMPLATE);
        return url(name);
    }

    /** An empty PostgreSQL database without any schema, whichever run this is: for tests that copy into one. */
    public static String emptyPostgres() {
        String name = "empty_" + NEXT.incrementAndGet();
        server();
        execute("create database " + name + " template template0");
        return url(name);
    }

    /** A write lock held from outside the bot, as another process would hold it, until closed. */
    public interface HeldLock extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    /**
     * Holds the database's writes from another connection: SQLite's write lock (BEGIN IMMEDIATE), or on PostgreSQL
     * a lock on the tables every log and health check writes (reads go on).
     */
    public static HeldLock holdWrites(String location) throws SQLException {
        boolean postgres = location.startsWith("jdbc:postgresql:");
        Connection connection = DriverManager.getConnection(postgres ? location : "jdbc:sqlite:" + location);
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                connection.setAutoCommit(false);
                statement.execute("lock table run, health in exclusive mode");
            } else {
                statement.execute("begin immediate");
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return () -> {
            try (connection; Statement statement = connection.createStatement()) {
                if (postgres) {
                    connection.rollback();
                } else {
                    statement.execute("rollback");
                }
            }
        };
    }

    private static String url(String name) {
        return "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + name + "?user=postgres";
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path data = Files.createDirectories(DATA).resolve("run-" + System.currentTimeMillis() + "-"
                        + ProcessHandle.current().pid());
                deleteEarlierRunsMeanwhile(data);
                server = EmbeddedPostgres.builder()
                        // kept at exit: deleting a few hundred test databases' files would hold the JVM's exit
                        // up; the next run deletes them in the background instead
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        // a test server: nothing here must survive a power cut, and tests open many connections
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "500")
                        .setLocaleConfig("locale", "C")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
            }
            execute("create database " + TEMPLATE + " template template0");
            Database.open(url(TEMPLATE)).close();
        }
        return server;
    }

    private static void deleteEarlierRunsMeanwhile(Path current) {
        Thread cleaner = new Thread(() -> {
            try (Stream<Path> runs = Files.list(DATA)) {
                runs.filter(run -> !run.equals(current)).forEach(TestDatabase::deleteTree);
            } catch (IOException ignored) {
                // left for the next run
            }
        }, "test-postgresql-cleaner");
        cleaner.setDaemon(true);
        cleaner.start();
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // left for the next run
        }
    }

    private static void execute(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on the test server: " + e.getMessage(), e);
        }
    }
}
