package ailog.persistence;

import static ailog.testing.RunToStore.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.DatedRunCount;
import ailog.domain.metrics.RunCount;
import ailog.testing.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runs adapter's per-day counts for one member, against a real SQLite file. */
class JooqRunsTest {
    private static final String MEMBER = "U0MEMBER1";
    private static final LocalDate FROM = LocalDate.parse("2026-10-19");
    private static final LocalDate TO = LocalDate.parse("2026-11-29");

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

    private static DatedRunCount counted(String day, String workflow, Outcome outcome, EditType editType, int runs) {
        return new DatedRunCount(LocalDate.parse(day),
                new RunCount(new WorkflowKey(workflow), outcome, Optional.ofNullable(editType), runs));
    }

    @Test
    void runsAreCountedPerDayWorkflowOutcomeAndEditType() {
        List<NewRun> stored = new ArrayList<>();
        stored.addAll(aRun().on("2026-11-24").with(Outcome.AS_IS).times(3));
        stored.addAll(aRun().on("2026-11-24").with(Outcome.HEAVY_EDIT, EditType.TONE).times(2));
        stored.add(aRun().on("2026-11-24").with(Outcome.HEAVY_EDIT, EditType.SCOPE).build());
        stored.add(aRun().on("2026-11-24").of("brief").with(Outcome.NOT_USED).build());
        stored.add(aRun().on("2026-11-25").with(Outcome.AS_IS).build());
        runs.saveAll(stored);

        assertThat(runs.dailyCountsOfMemberBetween(MEMBER, FROM, TO)).containsExactlyInAnyOrder(
                counted("2026-11-24", "proposal", Outcome.AS_IS, null, 3),
                counted("2026-11-24", "proposal", Outcome.HEAVY_EDIT, EditType.TONE, 2),
                counted("2026-11-24", "proposal", Outcome.HEAVY_EDIT, EditType.SCOPE, 1),
                counted("2026-11-24", "brief", Outcome.NOT_USED, null, 1),
                counted("2026-11-25", "proposal", Outcome.AS_IS, null, 1));
    }

    @Test
    void bothEndsAreIncludedAndDaysOutsideAreNot() {
        for (String day : List.of("2026-10-18", "2026-10-19", "2026-11-29", "2026-11-30", "2025-11-24")) {
            runs.saveAll(List.of(aRun().on(day).build()));
        }

        assertThat(runs.dailyCountsOfMemberBetween(MEMBER, FROM, TO)).extracting(DatedRunCount::day)
                .containsExactlyInAnyOrder(LocalDate.parse("2026-10-19"), LocalDate.parse("2026-11-29"));
    }

    @Test
    void onlyTheMembersOwnRunsAreCounted() {
        runs.saveAll(List.of(aRun().by("U0SOMEONE").on("2026-11-24").build(),
                aRun().by(MEMBER).on("2026-11-24").build()));

        assertThat(runs.dailyCountsOfMemberBetween(MEMBER, FROM, TO))
                .containsExactly(counted("2026-11-24", "proposal", Outcome.AS_IS, null, 1));
        assertThat(runs.dailyCountsOfMemberBetween("U0NOBODY", FROM, TO)).isEmpty();
    }

    @Test
    void theCountsAddUpToTheRunsThemselves() {
        List<NewRun> stored = new ArrayList<>();
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < 200; i++) {
            Outcome outcome = outcomes[i % outcomes.length];
            stored.add(aRun().on(FROM.minusDays(3).plusDays(i % 47).toString()).of(i % 3 == 0 ? "brief" : "proposal")
                    .with(outcome, outcome.takesEditType() && i % 2 == 0 ? EditType.FORMAT : null).build());
        }
        runs.saveAll(stored);

        List<DatedRunCount> counts = runs.dailyCountsOfMemberBetween(MEMBER, FROM, TO);
        var runsThemselves = runs.ofMemberBetween(MEMBER, FROM, TO);
        assertThat(counts.stream().mapToInt(DatedRunCount::runs).sum()).isEqualTo(runsThemselves.size());
        assertThat(counts.stream().mapToInt(DatedRunCount::accepted).sum())
                .isEqualTo((int) runsThemselves.stream().filter(r -> r.outcome().accepted()).count());
        assertThat(counts).extracting(c -> List.of(c.day(), c.count().workflow(), c.count().outcome(),
                c.count().editType())).doesNotHaveDuplicates();
    }
}
