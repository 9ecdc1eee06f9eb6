package ailog.persistence;

import static ailog.testing.RunToStore.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.testing.TestClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.BusyHandler;

/** A bulk import stores its runs without the per-row trigger; the per-day counts must stay exact all the same. */
class BulkImportCountsTest {
    private static final String COUNTS = """
            select user_id || ' ' || run_date || ' ' || outcome || ' ' || runs
            from member_day_count
            order by user_id, run_date, outcome""";
    private static final String RECOUNT = """
            select user_id || ' ' || run_date || ' ' || outcome || ' ' || count(*)
            from run
            group by user_id, run_date, outcome
            order by user_id, run_date, outcome""";

    @TempDir
    Path folder;

    private Database database;
    private JooqRuns runs;

    @BeforeEach
    void open() {
        database = Database.open(file().toString());
        JooqWorkflows workflows = new JooqWorkflows(database, new TestClock(Instant.parse("2026-11-27T15:00:00Z")));
        for (String key : List.of("proposal", "brief")) {
            workflows.add(new Workflow(new WorkflowKey(key), "The " + key, "U0OWNER"));
        }
        runs = new JooqRuns(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path file() {
        return folder.resolve("ailog.db");
    }

    @Test
    void theCountsAfterAnImportEqualARecountOfTheRuns() {
        runs.saveAll(sheet(0, 150));
        runs.saveOnce(aRun().by("U0MEMBER2").on("2026-11-20").with(Outcome.NOT_USED).build());
        runs.saveAll(sheet(100, 400));

        assertThat(counts()).isNotEmpty().isEqualTo(recount());
        assertThat(total()).isEqualTo(451);
    }

    @Test
    void anImportLargerThanTheStoredRunsPutsTheIndexesBackAndCountsExactly() {
        List<String> indexes = schema();
        runs.saveAll(sheet(0, 1_000));
        runs.saveAll(sheet(1_000, 61_000));

        assertThat(schema()).isEqualTo(indexes);
        assertThat(total()).isEqualTo(61_000);
        assertThat(counts()).isEqualTo(recount());
        runs.saveOnce(aRun().by("U0MEMBER9").on("2026-11-26").build());
        assertThat(counts()).contains("U0MEMBER9 2026-11-26 as-is 1");
    }

    @Test
    void aLargeImportThatFailsLeavesTheSchemaRunsAndCountsAsTheyWere() {
        List<String> schema = schema();
        runs.saveAll(sheet(0, 500));
        List<String> before = counts();

        assertThatThrownBy(() -> runs.saveAll(store -> {
            sheet(500, 60_500).forEach(store);
            store.accept(aRun().of("no-such-workflow").build());
        })).isInstanceOf(RuntimeException.class);

        assertThat(schema()).isEqualTo(schema);
        assertThat(total()).isEqualTo(500);
        assertThat(counts()).isEqualTo(before).isEqualTo(recount());
    }

    @Test
    void aFailingImportLeavesTheRunsAndCountsAsTheyWereAndLogsStillCount() {
        runs.saveAll(sheet(0, 80));
        List<String> before = counts();

        assertThatThrownBy(() -> runs.saveAll(store -> {
            sheet(80, 300).forEach(store);
            store.accept(aRun().of("no-such-workflow").build());
        })).isInstanceOf(RuntimeException.class);

        assertThat(counts()).isEqualTo(before).isEqualTo(recount());
        assertThat(total()).isEqualTo(80);
        runs.saveOnce(aRun().by("U0MEMBER3").on("2026-11-26").build());
        assertThat(counts()).isEqualTo(recount()).contains("U0MEMBER3 2026-11-26 as-is 1");
    }

    @Test
    void aLogMadeOnAnotherConnectionDuringAnImportIsCountedExactlyOnce() throws Exception {
        try (Connection bot = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            CountDownLatch waitingForTheImport = new CountDownLatch(1);
            BusyHandler.setHandler(bot, new BusyHandler() {
                @Override
                protected int callback(int attempts) {
                    waitingForTheImport.countDown();
                    Thread.yield();
                    return 1; // keep waiting for the write lock
                }
            });
            List<CompletableFuture<Void>> log = new ArrayList<>();
            runs.saveAll(store -> {
                sheet(0, 200).forEach(store);
                log.add(CompletableFuture.runAsync(() -> logBy(bot, "U0MEMBER1", "2026-11-21")));
                await(waitingForTheImport);
                sheet(200, 400).forEach(store);
            });
            log.get(0).get(10, TimeUnit.SECONDS);
        }

        assertThat(total()).isEqualTo(401);
        assertThat(counts()).isEqualTo(recount());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("the log waits for the import's write lock").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A log as the bot's own connection stores it: one insert, counted by the trigger. */
    private static void logBy(Connection bot, String user, String day) {
        try (Statement insert = bot.createStatement()) {
            insert.executeUpdate("insert into run (user_id, workflow_key, outcome, run_date, logged_at, source)"
                    + " values ('" + user + "', 'brief', 'light-edit', '" + day + "', 0, 'command')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows {@code from} to {@code to} of a sheet spread over three members, two workflows, all outcomes, 12 days. */
    private static List<NewRun> sheet(int from, int to) {
        Outcome[] outcomes = Outcome.values();
        List<NewRun> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            rows.add(aRun().by("U0MEMBER" + (i % 3 + 1)).of(i % 5 == 0 ? "brief" : "proposal")
                    .on(LocalDate.parse("2026-11-15").plusDays(i % 12)).with(outcomes[i % outcomes.length]).build());
        }
        return rows;
    }

    private List<String> counts() {
        return database.read(dsl -> dsl.fetch(COUNTS).getValues(0, String.class));
    }

    private List<String> recount() {
        return database.read(dsl -> dsl.fetch(RECOUNT).getValues(0, String.class));
    }

    /** Every index and trigger, as the migrations wrote them. */
    private List<String> schema() {
        return database.read(dsl -> dsl.fetch("select type || ' ' || name || ' ' || coalesce(sql, '') from sqlite_master"
                + " where type in ('index', 'trigger') order by name").getValues(0, String.class));
    }

    private int total() {
        return database.read(dsl -> dsl.fetchCount(dsl.selectFrom("run")));
    }
}
