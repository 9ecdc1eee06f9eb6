package ailog.persistence;

import static ailog.persistence.RunsContractTest.sheet;
import static ailog.testing.RunToStore.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ailog.testing.SqliteOnly;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.testing.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only SQLite's import does (see {@link Engine#rebuildsIndexesOnImport()}): once an import outgrows the runs
 * stored, it drops the run table's indexes and builds them again at the end. The schema must come back as the
 * migrations wrote it, whether the import commits or fails. What every database's import must do is in
 * {@link RunsContractTest}.
 */
@SqliteOnly
class SqliteImportIndexesTest {
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
        database = Database.open(folder.resolve("ailog.db").toString());
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
