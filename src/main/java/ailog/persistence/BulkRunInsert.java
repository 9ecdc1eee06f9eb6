package ailog.persistence;

import ailog.app.Runs;
import ailog.domain.NewRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.exception.DataAccessException;

/**
 * Stores many runs inside the caller's write transaction without the per-row trigger of migration V4: the trigger is
 * set aside for the duration (see {@link Engine#suspendCounting}: other writers stay off the run table until it is
 * back), then the per-day counts of the new runs are added in one aggregate statement. Once an import
 * outgrows the runs already stored, the run table's own indexes are dropped too and built again at the end: one sort
 * instead of a random index insert per run, which for a million runs is most of the time left.
 */
final class BulkRunInsert {
    /** How often the number of runs added is held against {@link RunIndexes}' threshold. */
    private static final int INDEX_CHECK = 1_000;
    private static final String LAST_ID = "select coalesce(max(id), 0) from run";
    private static final String STORED = "select count(*) from run";
    /** The indexes migrations created on run (not the one behind request_key's UNIQUE, which SQLite owns). Only
     * SQLite's import drops them: see {@link Engine#rebuildsIndexesOnImport()}. */
    private static final String INDEXES_SQL = "select name, sql from sqlite_master where type = 'index'"
            + " and tbl_name = 'run' and sql is not null";
    /** Below this many runs, inserting into the indexes costs less than building them again. */
    private static final long INDEX_REBUILD_MIN = 50_000;
    /**
     * Ids only grow, and no other writer inserts runs while the trigger is set aside, so the runs above the last id
     * read after setting it aside are exactly the imported ones.
     */
    private static final String COUNT_NEW_RUNS = """
            insert into member_day_count (user_id, run_date, outcome, runs)
            select user_id, run_date, outcome, count(*)
            from run
            where id > ?
            group by user_id, run_date, outcome
            on conflict (user_id, run_date, outcome) do update set runs = member_day_count.runs + excluded.runs""";

    private final Connection connection;
    private final Engine engine;

    BulkRunInsert(Connection connection, Engine engine) {
        this.connection = connection;
        this.engine = engine;
    }

    /**
     * Inserts what the feed hands over into the run table's {@code columns}, each run's values given by {@code values}
     * (see {@link Engine.RowLoader#add}), then counts it per day; returns how many runs it inserted.
     */
    long insert(Runs.Feed feed, List<String> columns, Function<NewRun, Object[]> values) throws SQLException {
        Engine.Resume counting = engine.suspendCounting(connection);
        long lastId = lastId();
        RunIndexes indexes = new RunIndexes(engine.rebuildsIndexesOnImport()
                ? Math.max(INDEX_REBUILD_MIN, single(STORED)) : Long.MAX_VALUE);
        long inserted;
        Engine.Resume checking = engine.loadInBulk(connection);
        try {
            inserted = insertAll(feed, columns, values, indexes);
        } finally {
            checking.run();
        }
        indexes.restore();
        try (PreparedStatement count = connection.prepareStatement(COUNT_NEW_RUNS)) {
            count.setLong(1, lastId);
            count.executeUpdate();
        }
        counting.run();
        return inserted;
    }

    private long insertAll(Runs.Feed feed, List<String> columns, Function<NewRun, Object[]> values,
            RunIndexes indexes) throws SQLException {
        try (Engine.RowLoader loader = engine.rowLoader(connection, "run", columns)) {
            long[] added = {0};
            feed.each(run -> {
                try {
                    loader.add(values.apply(run));
                    if (++added[0] % INDEX_CHECK == 0) {
                        indexes.dropOnceBeyond(added[0]);
                    }
                } catch (SQLException e) {
                    throw new DataAccessException(e.getMessage(), e);
                }
            });
            return loader.finish();
        }
    }

    private long lastId() throws SQLException {
        return single(LAST_ID);
    }

    private long single(String query) throws SQLException {
        try (Statement select = connection.createStatement(); ResultSet row = select.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String ddl) throws SQLException {
        PlainSql.execute(connection, ddl);
    }

    /** The run table's indexes, dropped once the import has inserted more runs than {@code threshold}. */
    private final class RunIndexes {
        private final long threshold;
        private final List<String> dropped = new ArrayList<>();
        private boolean done;

        RunIndexes(long threshold) {
            this.threshold = threshold;
        }

        void dropOnceBeyond(long inserted) throws SQLException {
            if (inserted < threshold || done) {
                return;
            }
            done = true;
            Map<String, String> indexes = new LinkedHashMap<>();
            try (Statement select = connection.createStatement(); ResultSet rows = select.executeQuery(INDEXES_SQL)) {
                while (rows.next()) {
                    indexes.put(rows.getString(1), rows.getString(2));
                }
            }
            for (var index : indexes.entrySet()) {
                execute("drop index \"" + index.getKey() + "\"");
                dropped.add(index.getValue());
            }
        }

        void restore() throws SQLException {
            for (String create : dropped) {
                execute(create);
            }
        }
    }
}
