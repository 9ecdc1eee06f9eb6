package ailog.persistence;

import ailog.app.Runs;
import ailog.domain.NewRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.exception.DataAccessException;

/**
 * Stores many runs inside the caller's write transaction without the per-row trigger of migration V4: the trigger is
 * set aside for the duration (see {@link Engine#suspendCounting}: other writers stay off the run table until it is
 * back), then the per-day counts of the new runs are added in one aggregate statement. Once an import
 * outgrows the runs already stored, the run table's own indexes are dropped too and built again at the end: one sort
 * instead of a random index insert per run, which for a million runs is most of the time left.
 */
final class BulkRunInsert {
    private static final int ROWS_PER_INSERT = 100;
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
     * Inserts what the feed hands over with {@code insertInto} followed by {@code row} once per run (bound by
     * {@link JooqRuns.Binder}), then counts it per day; returns how many runs it inserted.
     */
    long insert(Runs.Feed feed, String insertInto, String row, JooqRuns.Binder bind) throws SQLException {
        Engine.Resume counting = engine.suspendCounting(connection);
        long lastId = lastId();
        RunIndexes indexes = new RunIndexes(engine.rebuildsIndexesOnImport()
                ? Math.max(INDEX_REBUILD_MIN, single(STORED)) : Long.MAX_VALUE);
        long inserted;
        Engine.Resume checking = engine.loadInBulk(connection);
        try {
            inserted = new Rows(insertInto, row, bind, indexes).insertAll(feed);
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

    /**
     * The runs {@link #ROWS_PER_INSERT} to a statement, the last few in a shorter one: a statement executed once per
     * run costs the database a step each (the driver's batch is no more than that), and on SQLite the constraints'
     * set-up with it.
     */
    private final class Rows {
        private final String insertInto;
        private final String row;
        private final int width;
        private final JooqRuns.Binder bind;
        private final RunIndexes indexes;
        private final NewRun[] pending = new NewRun[ROWS_PER_INSERT];
        private int count;
        private long inserted;

        Rows(String insertInto, String row, JooqRuns.Binder bind, RunIndexes indexes) {
            this.insertInto = insertInto;
            this.row = row;
            this.width = (int) row.chars().filter(c -> c == '?').count();
            this.bind = bind;
            this.indexes = indexes;
        }

        long insertAll(Runs.Feed feed) throws SQLException {
            try (PreparedStatement full = statement(ROWS_PER_INSERT)) {
                feed.each(run -> {
                    pending[count++] = run;
                    if (count == ROWS_PER_INSERT) {
                        try {
                            execute(full);
                            indexes.dropOnceBeyond(inserted);
                        } catch (SQLException e) {
                            throw new DataAccessException(e.getMessage(), e);
                        }
                    }
                });
            }
            if (count > 0) {
                try (PreparedStatement rest = statement(count)) {
                    execute(rest);
                }
            }
            return inserted;
        }

        private PreparedStatement statement(int rows) throws SQLException {
            return connection.prepareStatement(insertInto + String.join(", ", Collections.nCopies(rows, row)));
        }

        private void execute(PreparedStatement insert) throws SQLException {
            for (int i = 0; i < count; i++) {
                bind.bind(insert, i * width, pending[i]);
                pending[i] = null;
            }
            insert.executeUpdate();
            inserted += count;
            count = 0;
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
