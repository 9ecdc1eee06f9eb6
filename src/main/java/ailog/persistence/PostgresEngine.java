package ailog.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * PostgreSQL, for several instances on one database: connections borrowed from a pool for each piece of work, so a
 * connection the server dropped is replaced rather than kept failing.
 */
final class PostgresEngine implements Engine {
    /** The readers and the writer of {@link Database}, the clustered scheduler's and a few spare. */
    private static final int POOL_SIZE = 10;
    /** Below this many imported runs, autovacuum's own pace is soon enough. */
    private static final long VACUUM_AFTER_IMPORT = 10_000;

    private final String url;
    private final String password;
    private HikariDataSource pool;

    PostgresEngine(String url, String password) {
        this.url = url;
        this.password = password;
    }

    @Override
    public SQLDialect dialect() {
        return SQLDialect.POSTGRES;
    }

    @Override
    public List<String> migrationLocations() {
        return List.of("db/common", "db/postgresql");
    }

    @Override
    public synchronized DataSource dataSource() {
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            if (password != null) {
                config.setPassword(password);
            }
            config.setMaximumPoolSize(POOL_SIZE);
            config.setMinimumIdle(2);
            config.setConnectionTimeout(5_000);
            config.setPoolName("ailog");
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    @Override
    public Connections connections() {
        DataSource source = dataSource();
        return new Connections() {
            @Override
            public <T> T writing(SessionWork<T> work) throws SQLException {
                return borrowed(work);
            }

            @Override
            public <T> T reading(SessionWork<T> work) throws SQLException {
                return borrowed(work);
            }

            private <T> T borrowed(SessionWork<T> work) throws SQLException {
                try (Connection connection = source.getConnection()) {
                    Session session = new Session(connection, SQLDialect.POSTGRES);
                    try {
                        return work.apply(session);
                    } finally {
                        session.prepared().close();
                    }
                }
            }

            @Override
            public void close() {
                // the pool closes with the engine
            }
        };
    }

    /** The planner picks the member index by itself. */
    @Override
    public Field<String> memberOrdered(Field<String> date) {
        return date;
    }

    /** Disabling a trigger locks the run table until the transaction ends: other instances' logs wait for it. */
    @Override
    public Resume suspendCounting(Connection connection) throws SQLException {
        PlainSql.execute(connection, "alter table run disable trigger run_counted");
        return () -> PlainSql.execute(connection, "alter table run enable trigger run_counted");
    }

    /** Nothing to ready: PostgreSQL's checks cost little beside the insert. */
    @Override
    public Resume loadInBulk(Connection connection) {
        return () -> { };
    }

    /**
     * COPY: each statement of many rows costs PostgreSQL a parse, a plan and a round trip, a third of a million
     * runs' import beside the inserts themselves.
     */
    @Override
    public RowLoader rowLoader(Connection connection, String table, List<String> columns) throws SQLException {
        return new CopyRows(connection, table, columns);
    }

    /** A savepoint per write: without one, a failed statement aborts the whole transaction. */
    @Override
    public <T> T alone(Connection connection, Write<T> write) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        T value;
        try {
            value = write.run();
        } catch (SQLException | RuntimeException e) {
            connection.rollback(savepoint);
            throw e;
        }
        connection.releaseSavepoint(savepoint);
        return value;
    }

    /** A deadlock (40P01) or a serialization failure (40001): the other transaction goes on, this one may retry. */
    @Override
    public boolean crossedByAnother(SQLException failure) {
        return "40P01".equals(failure.getSQLState()) || "40001".equals(failure.getSQLState());
    }

    @Override
    public boolean rebuildsIndexesOnImport() {
        return false;
    }

    /**
     * A big import leaves the run table without statistics and with no page marked all-visible, until autovacuum comes
     * by: the report's 90 days' query then sorts a quarter's runs on disk, and with statistics alone it walks the
     * table in member order, worse still. VACUUM marks the pages, so the member index answers it alone (the
     * covering index of migration V3), and ANALYZE tells the planner so; it skips pages already marked, and does not
     * block the logs of other instances meanwhile.
     */
    @Override
    public void afterImport(long inserted) throws SQLException {
        if (inserted < VACUUM_AFTER_IMPORT) {
            return;
        }
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(true); // VACUUM cannot run inside a transaction
            PlainSql.execute(connection, "vacuum (analyze) run");
        }
    }

    /** Through PostgreSQL's own pg_dump, in its custom format (what pg_restore reads). */
    @Override
    public void backupTo(Connections connections, Path target) throws IOException {
        PgDump.of(url, password).writeTo(target);
    }

    /** An identity column's sequence set to continue after the highest id in the table (or at 1 when empty). */
    /** A transaction-scoped advisory lock on the key's hash (two keys sharing a hash only wait for each other). */
    @Override
    public void oneAtATime(DSLContext dsl, String key) {
        dsl.resultQuery("select pg_advisory_xact_lock(hashtext({0}))", DSL.val(key)).fetch();
    }

    @Override
    public void continueIds(DSLContext dsl, Table<?> table, Field<?> id) {
        dsl.resultQuery("select setval(pg_get_serial_sequence({0}, {1}), coalesce(max({2}), 0) + 1, false) from {3}",
                DSL.inline(table.getName()), DSL.inline(id.getName()), id, table).fetch();
    }

    /** PostgreSQL's SQLSTATE classes an operator can do something about. */
    @Override
    public Optional<String> plainReason(SQLException failure) {
        String state = String.valueOf(failure.getSQLState());
        if (state.equals("53100")) {
            return Optional.of("the database server's disk is full: writes cannot be stored");
        }
        if (state.equals("25006")) {
            return Optional.of("the database is read-only (a standby?): writes cannot be stored");
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")
                || failure instanceof java.sql.SQLTransientConnectionException) {
            return Optional.of("the database server does not answer");
        }
        if (state.equals("53300")) {
            return Optional.of("the database server has no connections left");
        }
        return Optional.empty();
    }

    /** The URL without its password, if one was written into it. */
    @Override
    public String describe() {
        return url.replaceAll("(?i)password=[^&]*", "password=…");
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
