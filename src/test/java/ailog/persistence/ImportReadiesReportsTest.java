package ailog.persistence;

import static ailog.testing.RunToStore.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.AlwaysOnPostgres;
import ailog.domain.NewRun;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.testing.TestClock;
import ailog.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL a big import leaves the run table as the report's queries need it: statistics taken and pages marked
 * all-visible, so the member index answers the 90 days' query alone without waiting for autovacuum. Always on
 * PostgreSQL, so the build runs it once.
 */
@AlwaysOnPostgres
class ImportReadiesReportsTest {
    private static final String PLANNER_VIEW = "select reltuples, relallvisible from pg_class where relname = 'run'";

    @Test
    void aBigImportLeavesTheRunTableAnalysedAndMarkedAllVisible() {
        // The test server commits asynchronously, and VACUUM leaves a page unmarked while the commit of its rows is
        // not on disk yet; a production server commits synchronously, as these connections are told to.
        String synchronous = TestDatabase.freshPostgres() + "&options=-c%20synchronous_commit%3Don";
        try (Database database = Database.open(synchronous)) {
            new JooqWorkflows(database, new TestClock(Instant.parse("2026-11-27T15:00:00Z")))
                    .add(new Workflow(new WorkflowKey("proposal"), "Proposal", "U0OWNER"));
            JooqRuns runs = new JooqRuns(database);
            assertThat(plannerView(database).runs()).as("no statistics before").isNegative();

            runs.saveAll(sheet(20_000));

            PlannerView after = plannerView(database);
            assertThat(after.runs()).as("the run count the statistics hold").isEqualTo(20_000);
            assertThat(after.allVisiblePages()).as("pages marked all-visible").isPositive();
        }
    }

    /** What the planner knows of the run table: rows counted (negative before any), pages marked all-visible. */
    private record PlannerView(double runs, int allVisiblePages) {}

    private static PlannerView plannerView(Database database) {
        return database.read(dsl -> {
            org.jooq.Record row = dsl.fetchOne(PLANNER_VIEW);
            return new PlannerView(row.get(0, Double.class), row.get(1, Integer.class));
        });
    }

    private static List<NewRun> sheet(int count) {
        List<NewRun> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(aRun().by("U0MEMBER" + (i % 50)).of("proposal").on(LocalDate.parse("2026-11-01").plusDays(i % 20))
                    .asIs().build());
        }
        return rows;
    }
}
