package ailog.persistence;

import static ailog.persistence.generated.Tables.RUN;

import ailog.app.Runs;
import ailog.domain.EditType;
import ailog.domain.LogSource;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.Run;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.DatedRunCount;
import ailog.domain.metrics.DayTotal;
import ailog.domain.metrics.LoggedBetween;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.RunCount;
import ailog.persistence.generated.tables.records.RunRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Logged runs. */
public final class JooqRuns implements Runs {
    private static final List<String> ACCEPTED = java.util.Arrays.stream(Outcome.values())
            .filter(Outcome::accepted)
            .map(Outcome::key)
            .toList();
    /** The columns a new run fills, in the order {@link #bind} and {@link #values} give them. */
    private static final List<String> COLUMNS = List.of("user_id", "workflow_key", "outcome", "edit_type", "run_date",
            "notes", "logged_at", "source", "request_key");
    private static final String INSERT = "insert into run (" + String.join(", ", COLUMNS) + ") values ("
            + String.join(", ", java.util.Collections.nCopies(COLUMNS.size(), "?")) + ")";
    private static final String INSERT_RETURNING_ID = INSERT + " on conflict do nothing returning id";
    /** Reads the per-day counts the triggers of migration V4 keep: a few rows, however much the member logs. */
    private static final String OUTCOMES_OF_MEMBER_BETWEEN = """
            select outcome, runs
            from member_day_count
            where user_id = ? and run_date between ? and ?""";

    private final Database database;

    public JooqRuns(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Run> saveOnce(NewRun run) {
        return database.writeTogether(statements -> insert(statements.get(INSERT_RETURNING_ID), run));
    }

    /**
     * Plain JDBC inside the transaction, the way the database takes many rows fastest (see
     * {@link Engine#rowLoader}), without the per-row counting trigger (the counts are added in one statement at the
     * end): an import may bring a million runs. Once it has committed, the database is readied for the next report
     * (see {@link Engine#afterImport}).
     */
    @Override
    public void saveAll(Feed feed) {
        long inserted = database.write(dsl -> dsl.connectionResult(connection ->
                new BulkRunInsert(connection, database.engine()).insert(feed, COLUMNS, JooqRuns::values)));
        database.afterImport(inserted);
    }

    /** A run's values for {@link #COLUMNS}, as {@link Engine.RowLoader#add} takes them. */
    private static Object[] values(NewRun run) {
        return new Object[] {run.userId(), run.workflow().value(), run.outcome().key(),
            run.editType().map(EditType::key).orElse(null), run.runDate().toString(), run.notes(),
            run.loggedAt().toEpochMilli(), run.source().key(), run.requestKey().orElse(null)};
    }

    /**
     * Inserts the run in one statement (SQLite's own RETURNING; jOOQ would emulate it with more round trips); a run
     * with the same request key already stored means nothing is inserted. Plain JDBC on a kept statement: every log
     * runs it.
     */
    private static Optional<Run> insert(PreparedStatement insert, NewRun run) throws SQLException {
        bind(insert, run);
        try (ResultSet returned = insert.executeQuery()) {
            if (!returned.next()) {
                return Optional.empty();
            }
            return Optional.of(new Run(returned.getLong(1), run.userId(), run.workflow(), run.outcome(),
                    run.editType(), run.runDate(), run.notes(), run.loggedAt(), run.source()));
        }
    }

    private static void bind(PreparedStatement insert, NewRun run) throws SQLException {
        insert.setString(1, run.userId());
        insert.setString(2, run.workflow().value());
        insert.setString(3, run.outcome().key());
        insert.setString(4, run.editType().map(EditType::key).orElse(null));
        insert.setString(5, run.runDate().toString());
        insert.setString(6, run.notes());
        insert.setLong(7, run.loggedAt().toEpochMilli());
        insert.setString(8, run.source().key());
        insert.setString(9, run.requestKey().orElse(null));
    }

    @Override
    public Optional<Run> find(long id) {
        return database.read(dsl -> dsl.selectFrom(RUN).where(RUN.ID.eq(id)).fetchOptional(JooqRuns::toRun));
    }

    @Override
    public List<Run> ofMemberBetween(String userId, LocalDate from, LocalDate to) {
        return database.read(dsl -> dsl.selectFrom(RUN)
                .where(RUN.USER_ID.eq(userId))
                .and(RUN.RUN_DATE.between(from.toString(), to.toString()))
                .orderBy(RUN.RUN_DATE, RUN.ID)
                .fetch(JooqRuns::toRun));
    }

    @Override
    public List<Run> ofWorkflowBetween(WorkflowKey workflow, LocalDate from, LocalDate to) {
        return database.read(dsl -> dsl.selectFrom(RUN)
                .where(RUN.RUN_DATE.between(from.toString(), to.toString()))
                .and(RUN.WORKFLOW_KEY.eq(workflow.value()))
                .orderBy(RUN.RUN_DATE, RUN.ID)
                .fetch(JooqRuns::toRun));
    }

    /** Plain JDBC on a kept statement: every log shows the member's week. */
    @Override
    public AcceptanceRate acceptanceOfMemberBetween(String userId, LocalDate from, LocalDate to) {
        return database.readPrepared(statements -> {
            PreparedStatement select = statements.get(OUTCOMES_OF_MEMBER_BETWEEN);
            select.setString(1, userId);
            select.setString(2, from.toString());
            select.setString(3, to.toString());
            int runs = 0;
            int accepted = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int count = rows.getInt(2);
                    runs += count;
                    accepted += Outcome.fromKey(rows.getString(1)).accepted() ? count : 0;
                }
            }
            return new AcceptanceRate(accepted, runs);
        });
    }

    @Override
    public List<RunCount> countsOfMember(String userId, ReportWindow dates, LoggedBetween logged) {
        return database.read(dsl -> dsl.select(RUN.WORKFLOW_KEY, RUN.OUTCOME, RUN.EDIT_TYPE, DSL.count())
                .from(RUN)
                .where(RUN.USER_ID.eq(userId))
                .and(RUN.RUN_DATE.between(dates.from().toString(), dates.to().toString()))
                .and(loggedIn(logged))
                .groupBy(RUN.WORKFLOW_KEY, RUN.OUTCOME, RUN.EDIT_TYPE)
                .fetch(r -> new RunCount(new WorkflowKey(r.value1()), Outcome.fromKey(r.value2()),
                        Optional.ofNullable(r.value3()).map(EditType::fromKey), r.value4())));
    }

    @Override
    public List<DayTotal> dayTotalsLogged(Optional<String> userId, ReportWindow dates, LoggedBetween logged) {
        var accepted = DSL.count().filterWhere(RUN.OUTCOME.in(ACCEPTED));
        return database.read(dsl -> dsl.select(RUN.RUN_DATE, DSL.count(), accepted)
                .from(RUN)
                .where(userId.map(RUN.USER_ID::eq).orElse(DSL.noCondition()))
                .and(RUN.RUN_DATE.between(dates.from().toString(), dates.to().toString()))
                .and(loggedIn(logged))
                .groupBy(RUN.RUN_DATE)
                .fetch(r -> new DayTotal(LocalDate.parse(r.value1()), r.value2(), r.value3())));
    }

    /** Logged in the span: what a scheduled message counted, or what was logged since it went out. */
    static Condition loggedIn(LoggedBetween logged) {
        Condition upTo = RUN.LOGGED_AT.le(logged.upTo().toEpochMilli());
        return logged.after().map(after -> upTo.and(RUN.LOGGED_AT.gt(after.toEpochMilli()))).orElse(upTo);
    }

    @Override
    public List<DatedRunCount> dailyCountsOfMemberBetween(String userId, LocalDate from, LocalDate to) {
        return database.read(dsl -> dsl.select(RUN.RUN_DATE, RUN.WORKFLOW_KEY, RUN.OUTCOME, RUN.EDIT_TYPE, DSL.count())
                .from(RUN)
                .where(RUN.USER_ID.eq(userId))
                .and(RUN.RUN_DATE.between(from.toString(), to.toString()))
                .groupBy(RUN.RUN_DATE, RUN.WORKFLOW_KEY, RUN.OUTCOME, RUN.EDIT_TYPE)
                .fetch(r -> new DatedRunCount(LocalDate.parse(r.value1()), new RunCount(new WorkflowKey(r.value2()),
                        Outcome.fromKey(r.value3()), Optional.ofNullable(r.value4()).map(EditType::fromKey),
                        r.value5()))));
    }

    @Override
    public List<DayTotal> dailyTotals(LocalDate from, LocalDate to) {
        var accepted = DSL.count().filterWhere(RUN.OUTCOME.in(ACCEPTED));
        return database.read(dsl -> dsl.select(RUN.RUN_DATE, DSL.count(), accepted)
                .from(RUN)
                .where(RUN.RUN_DATE.between(from.toString(), to.toString()))
                .groupBy(RUN.RUN_DATE)
                .fetch(r -> new DayTotal(LocalDate.parse(r.value1()), r.value2(), r.value3())));
    }

    @Override
    public int membersWithRunsBetween(java.util.Collection<String> userIds, LocalDate from, LocalDate to) {
        return database.read(dsl -> dsl.select(DSL.countDistinct(RUN.USER_ID))
                .from(RUN)
                .where(RUN.USER_ID.in(userIds))
                .and(RUN.RUN_DATE.between(from.toString(), to.toString()))
                .fetchOne(0, Integer.class));
    }

    @Override
    public Optional<Run> latestLoggedSince(String userId, Instant since) {
        return database.read(dsl -> dsl.selectFrom(RUN)
                .where(RUN.USER_ID.eq(userId))
                .and(RUN.LOGGED_AT.ge(since.toEpochMilli()))
                .orderBy(RUN.LOGGED_AT.desc(), RUN.ID.desc())
                .limit(1)
                .fetchOptional(JooqRuns::toRun));
    }

    @Override
    public List<WorkflowKey> recentWorkflows(String userId, int limit) {
        return database.read(dsl -> dsl.select(RUN.WORKFLOW_KEY)
                .from(RUN)
                .where(RUN.USER_ID.eq(userId))
                .groupBy(RUN.WORKFLOW_KEY)
                .orderBy(DSL.max(RUN.ID).desc())
                .limit(limit)
                .fetch(r -> new WorkflowKey(r.value1())));
    }

    @Override
    public boolean delete(long id) {
        return database.write(dsl -> dsl.deleteFrom(RUN).where(RUN.ID.eq(id)).execute()) == 1;
    }

    /**
     * A cursor inside a read transaction: PostgreSQL's driver fetches a thousand rows at a time only within one, and
     * would otherwise hold every run in memory at once.
     */
    @Override
    public void forEach(Consumer<Run> action) {
        // in a read transaction: PostgreSQL's driver streams by the fetch size only outside autocommit (otherwise
        // it holds every run in memory); on SQLite it is one snapshot either way
        database.read(dsl -> dsl.transactionResult(transaction -> {
            try (var cursor = transaction.dsl().selectFrom(RUN).orderBy(RUN.RUN_DATE, RUN.ID).fetchSize(1000)
                    .fetchLazy()) {
                cursor.forEach(record -> action.accept(toRun(record)));
            }
            return null;
        }));
    }

    private static Run toRun(RunRecord r) {
        return new Run(
                r.getId(),
                r.getUserId(),
                new WorkflowKey(r.getWorkflowKey()),
                Outcome.fromKey(r.getOutcome()),
                Optional.ofNullable(r.getEditType()).map(EditType::fromKey),
                LocalDate.parse(r.getRunDate()),
                r.getNotes(),
                Instant.ofEpochMilli(r.getLoggedAt()),
                LogSource.fromKey(r.getSource()));
    }
}
