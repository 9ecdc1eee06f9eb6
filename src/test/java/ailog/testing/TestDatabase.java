package ailog.testing;

import ailog.persistence.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database a storage or end-to-end test runs on: an SQLite file by default, or, when the build runs the suite
 * again with {@code -Dailog.test.db=postgresql}, a fresh database on one PostgreSQL server that this JVM starts for
 * all its tests. Each fresh database is a copy of a template the migrations built once, so a test starts in
 * milliseconds on either.
 */
public final class TestDatabase {
    private static final String TEMPLATE = "ailog_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {}

    /** True when this run of the suite is the PostgreSQL one. */
    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("ailog.test.db"));
    }

    /** Where a new, empty database for one test is: {@code AILOG_DB}'s value. */
    public static String fresh(Path folder) {
        if (!onPostgres()) {
            return folder.resolve("ailog.db").toString();
        }
        return postgres();
    }

    /**
     * A new PostgreSQL database with the current schema, whichever run this is: for tests of several instances
     * sharing one database, which SQLite does not serve.
     */
    public static String postgres() {
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

    private static String url(String name) {
        return "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + name + "?user=postgres";
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
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

    private static void execute(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on the test server: " + e.getMessage(), e);
        }
    }
}
