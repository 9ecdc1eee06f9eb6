package ailog.persistence;

import static ailog.persistence.generated.Tables.RUN;
import static ailog.testing.RunToStore.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ailog.testing.TestDatabase;
import ailog.domain.EditType;
import ailog.domain.LogSource;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.AcceptanceRate;
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
        database = Database.open(TestDatabase.fresh(folder));
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

    @Test
    void theWeeksAcceptanceFollowsEveryLogImportAndUndo() {
        LocalDate monday = LocalDate.parse("2026-11-23");
        LocalDate sunday = monday.plusDays(6);
        Outcome[] outcomes = Outcome.values();
        List<NewRun> imported = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            imported.add(aRun().by(i % 4 == 0 ? "U0SOMEONE" : MEMBER).on(monday.minusDays(2).plusDays(i % 11))
                    .with(outcomes[i % outcomes.length]).build());
        }
        runs.saveAll(imported);
        List<Long> logged = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            NewRun run = pressed(aRun().on(monday.plusDays(i % 7)).with(outcomes[(i * 3) % outcomes.length]).build(),
                    "card-" + (i % 8));
            runs.saveOnce(run).ifPresent(stored -> logged.add(stored.id()));
        }
        assertThat(logged).as("a card logs once, however often it is pressed").hasSize(8);
        runs.delete(logged.get(2));
        runs.delete(logged.get(5));
        runs.delete(logged.get(2));

        for (String member : List.of(MEMBER, "U0SOMEONE", "U0NOBODY")) {
            for (LocalDate from = monday.minusDays(3); !from.isAfter(sunday); from = from.plusDays(2)) {
                assertThat(runs.acceptanceOfMemberBetween(member, from, sunday)).as(member + " from " + from)
                        .isEqualTo(AcceptanceRate.of(runs.ofMemberBetween(member, from, sunday)));
            }
        }
        assertThat(runs.acceptanceOfMemberBetween(MEMBER, monday, sunday).runs()).isPositive();
    }

    @Test
    void anImportThatFailsLeavesTheWeeksAcceptanceAsItWas() {
        runs.saveAll(aRun().on("2026-11-24").with(Outcome.HEAVY_EDIT).times(3));
        AcceptanceRate before = runs.acceptanceOfMemberBetween(MEMBER, FROM, TO);

        assertThatThrownBy(() -> runs.saveAll(store -> {
            aRun().on("2026-11-24").times(5).forEach(store);
            store.accept(aRun().of("no-such-workflow").build());
        })).isInstanceOf(RuntimeException.class);

        assertThat(runs.acceptanceOfMemberBetween(MEMBER, FROM, TO)).isEqualTo(before)
                .isEqualTo(new AcceptanceRate(0, 3));
    }

    @Test
    void aRunEditedByHandInTheFileIsCountedWhereItNowBelongs() {
        runs.saveAll(List.of(aRun().on("2026-11-24").with(Outcome.AS_IS).build(),
                aRun().on("2026-11-25").with(Outcome.NOT_USED).build()));
        long edited = runs.ofMemberBetween(MEMBER, FROM, TO).get(0).id();

        database.write(dsl -> dsl.update(RUN).set(RUN.OUTCOME, Outcome.HEAVY_EDIT.key())
                .set(RUN.RUN_DATE, "2026-11-25").set(RUN.USER_ID, "U0SOMEONE").where(RUN.ID.eq(edited)).execute());

        for (String member : List.of(MEMBER, "U0SOMEONE")) {
            for (String day : List.of("2026-11-24", "2026-11-25")) {
                LocalDate date = LocalDate.parse(day);
                assertThat(runs.acceptanceOfMemberBetween(member, date, date)).as(member + " on " + day)
                        .isEqualTo(AcceptanceRate.of(runs.ofMemberBetween(member, date, date)));
            }
        }
        assertThat(runs.acceptanceOfMemberBetween("U0SOMEONE", FROM, TO)).isEqualTo(new AcceptanceRate(0, 1));
    }

    private static NewRun pressed(NewRun run, String requestKey) {
        return new NewRun(run.userId(), run.workflow(), run.outcome(), run.editType(), run.runDate(), run.notes(),
                run.loggedAt(), LogSource.BUTTON, Optional.of(requestKey));
    }
}
