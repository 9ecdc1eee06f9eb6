package ailog.persistence;

import static ailog.persistence.generated.Tables.RUN;
import static ailog.testing.RunToStore.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ailog.app.Runs;
import ailog.domain.EditType;
import ailog.domain.LogSource;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.Run;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.DatedRunCount;
import ailog.domain.metrics.DayTotal;
import ailog.domain.metrics.LoggedBetween;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.RunCount;
import ailog.testing.RunToStore;
import ailog.testing.TestClock;
import ailog.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every store of runs must do ({@link Runs}), run against the jOOQ adapter on SQLite and, in the build's
 * PostgreSQL execution, on PostgreSQL: stored at most once per request key, undone, counted per day exactly however
 * runs arrive, imported all or nothing, listed in date order within inclusive windows.
 */
class RunsContractTest {
    private static final String MEMBER = "U0MEMBER1";
    private static final String SOMEONE = "U0SOMEONE";
    private static final LocalDate FROM = LocalDate.parse("2026-10-19");
    private static final LocalDate TO = LocalDate.parse("2026-11-29");
    /** Logged any time a test logs. */
    private static final LoggedBetween EVER = LoggedBetween.upTo(Instant.parse("2030-01-01T00:00:00Z"));
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

    private String location;
    private Database database;
    private JooqRuns runs;

    @BeforeEach
    void open() {
        location = TestDatabase.fresh(folder);
        database = Database.open(location);
        JooqWorkflows workflows = new JooqWorkflows(database, new TestClock(Instant.parse("2026-11-27T15:00:00Z")));
        for (String key : List.of("proposal", "brief", "summary")) {
            workflows.add(new Workflow(new WorkflowKey(key), "The " + key, "U0OWNER"));
        }
        runs = new JooqRuns(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    // storing

    @Test
    void aStoredRunReadsBackWithEverythingItWasGiven() {
        String notes = "Prix « anciens » & <old> — 2025 ✓";
        NewRun given = aRun().by(MEMBER).of("brief").with(Outcome.HEAVY_EDIT, EditType.WRONG_INFO).on("2026-11-24")
                .notes(notes).loggedAt("2026-11-24T17:03:21.456Z").pressed("card-1").build();

        Run stored = runs.saveOnce(given).orElseThrow();

        assertThat(stored).isEqualTo(new Run(stored.id(), MEMBER, new WorkflowKey("brief"), Outcome.HEAVY_EDIT,
                Optional.of(EditType.WRONG_INFO), LocalDate.parse("2026-11-24"), notes,
                Instant.parse("2026-11-24T17:03:21.456Z"), LogSource.BUTTON));
        assertThat(runs.find(stored.id())).contains(stored);
        assertThat(runs.find(stored.id() + 1)).isEmpty();
    }

    @Test
    void aSecondStoreWithTheSameRequestKeyStoresNothingAndReturnsEmpty() {
        Run first = runs.saveOnce(aRun().with(Outcome.AS_IS).pressed("card-1").build()).orElseThrow();

        assertThat(runs.saveOnce(aRun().with(Outcome.NOT_USED).pressed("card-1").build())).isEmpty();

        assertThat(runs.ofMemberBetween(MEMBER, FROM, TO)).containsExactly(first);
        assertThat(runs.acceptanceOfMemberBetween(MEMBER, FROM, TO)).isEqualTo(new AcceptanceRate(1, 1));
    }

    @Test
    void runsTypedWithoutARequestKeyAreEachStored() {
        for (int i = 0; i < 3; i++) {
            assertThat(runs.saveOnce(aRun().typed().build())).isPresent();
        }

        assertThat(runs.ofMemberBetween(MEMBER, FROM, TO)).hasSize(3).extracting(Run::id).doesNotHaveDuplicates();
    }

    @Test
    void aCardPressedOnTwoInstancesAtOnceIsStoredOnce() {
        try (Database other = Database.open(location)) {
            List<JooqRuns> instances = List.of(runs, new JooqRuns(other));
            List<String> cards = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                cards.add("card-" + i);
            }

            List<List<String>> stored = SideBySide.run(8, thread -> {
                List<String> order = new ArrayList<>(cards);
                if (thread % 4 >= 2) {
                    Collections.reverse(order); // opposite orders: shared commits that lock the same keys crosswise
                }
                List<String> mine = new ArrayList<>();
                for (String card : order) {
                    instances.get(thread % 2).saveOnce(aRun().pressed(card).build()).ifPresent(run -> mine.add(card));
                }
                return mine;
            });

            assertThat(stored.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(cards);
            assertThat(runs.ofMemberBetween(MEMBER, FROM, TO)).hasSize(40);
        }
    }

    @Test
    void manyLogsAtOnceOnTwoInstancesAreEachStoredWithTheirOwnId() {
        try (Database other = Database.open(location)) {
            List<JooqRuns> instances = List.of(runs, new JooqRuns(other));

            List<List<Long>> ids = SideBySide.run(8, thread -> {
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    NewRun run = aRun().by("U0WRITER" + thread).typed().build();
                    mine.add(instances.get(thread % 2).saveOnce(run).map(Run::id).orElseThrow());
                }
                return mine;
            });

            List<Long> all = ids.stream().flatMap(List::stream).toList();
            assertThat(all).hasSize(800).doesNotHaveDuplicates();
            List<Run> stored = new ArrayList<>();
            runs.forEach(stored::add);
            assertThat(stored).extracting(Run::id).containsExactlyInAnyOrderElementsOf(all);
            assertThat(counts()).isEqualTo(recount());
        }
    }

    @Test
    void aLogThatFailsFailsAloneAndTheLogsSharingItsCommitAreStored() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> blocker = CompletableFuture.supplyAsync(() -> database.writeTogether(s -> {
            holding.countDown();
            await(release);
            return "held";
        }));
        await(holding);
        CompletableFuture<Optional<Run>> good = CompletableFuture.supplyAsync(
                () -> runs.saveOnce(aRun().pressed("card-1").build()));
        SideBySide.until(() -> database.writesWaiting() == 1);
        CompletableFuture<Optional<Run>> bad = CompletableFuture.supplyAsync(
                () -> runs.saveOnce(aRun().of("no-such-workflow").pressed("card-2").build()));
        SideBySide.until(() -> database.writesWaiting() == 2);
        CompletableFuture<Optional<Run>> alsoGood = CompletableFuture.supplyAsync(
                () -> runs.saveOnce(aRun().pressed("card-3").build()));
        SideBySide.until(() -> database.writesWaiting() == 3);
        release.countDown();

        assertThat(blocker.get(10, TimeUnit.SECONDS)).isEqualTo("held");
        assertThat(good.get(10, TimeUnit.SECONDS)).isPresent();
        assertThat(alsoGood.get(10, TimeUnit.SECONDS)).isPresent();
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DataAccessException.class);
        assertThat(runs.ofMemberBetween(MEMBER, FROM, TO)).extracting(Run::id)
                .containsExactly(good.get().orElseThrow().id(), alsoGood.get().orElseThrow().id());
    }

    // undoing

    @Test
    void anUndoneRunIsGoneAndUndoingItAgainChangesNothing() {
        Run kept = runs.saveOnce(aRun().on("2026-11-24").typed().build()).orElseThrow();
        Run undone = runs.saveOnce(aRun().on("2026-11-24").with(Outcome.NOT_USED).typed().build()).orElseThrow();

        assertThat(runs.delete(undone.id())).isTrue();
        assertThat(runs.delete(undone.id())).isFalse();

        assertThat(runs.find(undone.id())).isEmpty();
        assertThat(runs.ofMemberBetween(MEMBER, FROM, TO)).containsExactly(kept);
        assertThat(runs.acceptanceOfMemberBetween(MEMBER, FROM, TO)).isEqualTo(new AcceptanceRate(1, 1));
    }

    // counting per day

    @Test
    void thePerDayCountsEqualARecountAfterImportsLogsAndUndos() {
        LocalDate monday = LocalDate.parse("2026-11-23");
        LocalDate sunday = monday.plusDays(6);
        runs.saveAll(sheet(0, 150));
        List<Long> logged = new ArrayList<>();
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < 12; i++) {
            NewRun run = aRun().on(monday.plusDays(i % 7)).with(outcomes[(i * 3) % outcomes.length])
                    .pressed("card-" + (i % 8)).build();
            runs.saveOnce(run).ifPresent(stored -> logged.add(stored.id()));
        }
        runs.saveAll(sheet(150, 400));
        runs.delete(logged.get(2));
        runs.delete(logged.get(5));
        runs.delete(logged.get(2));

        assertThat(logged).as("a card logs once, however often it is pressed").hasSize(8);
        assertThat(counts()).isNotEmpty().isEqualTo(recount());
        for (String member : List.of(MEMBER, "U0MEMBER2", "U0NOBODY")) {
            for (LocalDate from = monday.minusDays(9); !from.isAfter(sunday); from = from.plusDays(2)) {
                assertThat(runs.acceptanceOfMemberBetween(member, from, sunday)).as(member + " from " + from)
                        .isEqualTo(AcceptanceRate.of(runs.ofMemberBetween(member, from, sunday)));
            }
        }
        assertThat(runs.acceptanceOfMemberBetween(MEMBER, monday, sunday).runs()).isPositive();
    }

    @Test
    void aRunEditedByHandIsCountedWhereItNowBelongs() {
        runs.saveAll(List.of(aRun().on("2026-11-24").with(Outcome.AS_IS).build(),
                aRun().on("2026-11-25").with(Outcome.NOT_USED).build()));
        long edited = runs.ofMemberBetween(MEMBER, FROM, TO).get(0).id();

        database.write(dsl -> dsl.update(RUN).set(RUN.OUTCOME, Outcome.HEAVY_EDIT.key())
                .set(RUN.RUN_DATE, "2026-11-25").set(RUN.USER_ID, SOMEONE).where(RUN.ID.eq(edited)).execute());

        assertThat(counts()).isEqualTo(recount());
        assertThat(runs.acceptanceOfMemberBetween(SOMEONE, FROM, TO)).isEqualTo(new AcceptanceRate(0, 1));
        assertThat(runs.acceptanceOfMemberBetween(MEMBER, FROM, TO)).isEqualTo(new AcceptanceRate(0, 1));
    }

    // importing

    @Test
    void aFailingImportStoresNothingAndLeavesTheCountsAsTheyWere() {
        runs.saveAll(sheet(0, 80));
        List<String> before = counts();
        AcceptanceRate acceptance = runs.acceptanceOfMemberBetween(MEMBER, FROM, TO);

        assertThatThrownBy(() -> runs.saveAll(store -> {
            sheet(80, 300).forEach(store);
            store.accept(aRun().of("no-such-workflow").build());
        })).isInstanceOf(RuntimeException.class);

        assertThat(total()).isEqualTo(80);
        assertThat(counts()).isEqualTo(before).isEqualTo(recount());
        assertThat(runs.acceptanceOfMemberBetween(MEMBER, FROM, TO)).isEqualTo(acceptance);
        runs.saveOnce(aRun().by("U0MEMBER3").on("2026-11-26").typed().build());
        assertThat(counts()).isEqualTo(recount()).contains("U0MEMBER3 2026-11-26 as-is 1");
    }

    @Test
    void anImportThatEndsInAShortStatementStoresEveryRunAsGivenAndCountsItExactly() {
        List<NewRun> given = variedSheet(1_234); // not a whole number of the import's statements

        runs.saveAll(given);

        List<String> stored = new ArrayList<>();
        runs.forEach(run -> stored.add(describe(run.userId(), run.workflow(), run.outcome(), run.editType(),
                run.runDate(), run.notes(), run.loggedAt(), run.source())));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(given.stream().map(run -> describe(run.userId(),
                run.workflow(), run.outcome(), run.editType(), run.runDate(), run.notes(), run.loggedAt(),
                run.source())).toList());
        assertThat(counts()).isEqualTo(recount());
    }

    @Test
    void aBadRunInAFullOrInTheLastShortStatementStoresNothingOfTheImport() {
        runs.saveAll(sheet(0, 80));
        List<String> before = counts();

        for (int bad : List.of(57, 1_233)) {
            List<NewRun> sheet = new ArrayList<>(variedSheet(1_234));
            sheet.set(bad, aRun().of("no-such-workflow").build());
            assertThatThrownBy(() -> runs.saveAll(sheet)).as("bad run at " + bad).isInstanceOf(RuntimeException.class);

            assertThat(total()).isEqualTo(80);
            assertThat(counts()).isEqualTo(before).isEqualTo(recount());
        }
    }

    @Test
    void afterAnImportCommitsOrFailsTheRunTableRefusesAnUnknownOutcomeAgain() {
        runs.saveAll(variedSheet(300));
        assertThat(insertingAnUnknownOutcome()).as("after a committed import").isInstanceOf(DataAccessException.class);

        assertThatThrownBy(() -> runs.saveAll(store -> {
            variedSheet(250).forEach(store);
            store.accept(aRun().of("no-such-workflow").build());
        })).isInstanceOf(RuntimeException.class);
        assertThat(insertingAnUnknownOutcome()).as("after a failed import").isInstanceOf(DataAccessException.class);

        assertThat(total()).isEqualTo(300);
    }

    private Throwable insertingAnUnknownOutcome() {
        return org.assertj.core.api.Assertions.catchThrowable(() -> database.write(dsl -> dsl.execute("""
                insert into run (user_id, workflow_key, outcome, run_date, notes, logged_at, source)
                values ('U0MEMBER1', 'proposal', 'meh', '2026-11-20', '', 0, 'import')""")));
    }

    /** Notes that a bulk load must carry as they are: quotes, commas, line ends, backslashes, COPY's NULL marker. */
    private static final List<String> AWKWARD = List.of("", ", \"quoted\", ", "two\nlines\r\n", "back\\slash \\N",
            "\\.", "above\n\\.\nbelow", "Crème brûlée 🎉 日本語", " ");

    /** Runs with every outcome, edit types, awkward notes and three members, as an import brings them. */
    private static List<NewRun> variedSheet(int size) {
        Outcome[] outcomes = Outcome.values();
        EditType[] editTypes = EditType.values();
        List<NewRun> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Outcome outcome = outcomes[i % outcomes.length];
            String awkward = AWKWARD.get(i % AWKWARD.size());
            String notes = i % 9 == 0 ? "" : i % 9 == 1 ? awkward : "row " + i + awkward;
            RunToStore run = aRun().by("U0MEMBER" + (i % 3 + 1)).of(i % 5 == 0 ? "brief" : "proposal")
                    .on(LocalDate.parse("2026-11-15").plusDays(i % 12)).notes(notes)
                    .loggedAt(Instant.parse("2026-11-27T15:00:00Z").plusMillis(i));
            rows.add((outcome.takesEditType() && i % 2 == 0 ? run.with(outcome, editTypes[i % editTypes.length])
                    : run.with(outcome)).build());
        }
        return rows;
    }

    private static String describe(String user, WorkflowKey workflow, Outcome outcome, Optional<EditType> editType,
            LocalDate date, String notes, Instant loggedAt, LogSource source) {
        return String.join(" ", user, workflow.value(), outcome.key(), editType.map(EditType::key).orElse("-"),
                date.toString(), notes, loggedAt.toString(), source.key());
    }

    @Test
    void aLogOnAnotherInstanceWhileAnImportRunsWaitsForItAndIsCountedOnce() throws Exception {
        try (Database other = Database.open(location)) {
            JooqRuns otherRuns = new JooqRuns(other);
            List<CompletableFuture<Optional<Run>>> log = new ArrayList<>();

            CountDownLatch logging = new CountDownLatch(1);
            runs.saveAll(store -> {
                sheet(0, 200).forEach(store);
                log.add(CompletableFuture.supplyAsync(() -> {
                    logging.countDown();
                    return otherRuns.saveOnce(
                            aRun().by(MEMBER).of("brief").with(Outcome.LIGHT_EDIT).on("2026-11-21").typed().build());
                }));
                await(logging);
                pause(300); // a log that did not wait for the import would commit in this time (one takes a few ms)
                sheet(200, 400).forEach(store);
                assertThat(log.get(0)).as("the log waits until the import has committed").isNotDone();
            });
            assertThat(log.get(0).get(10, TimeUnit.SECONDS)).isPresent();
        }

        assertThat(total()).isEqualTo(401);
        assertThat(counts()).isEqualTo(recount());
    }

    // listing

    @Test
    void everyQueryOverDatesIncludesBothEndsAndNothingOutside() {
        for (String day : List.of("2026-10-18", "2026-10-19", "2026-11-29", "2026-11-30", "2025-11-24")) {
            runs.saveAll(List.of(aRun().on(day).build()));
        }
        ReportWindow window = new ReportWindow(FROM, TO);
        List<LocalDate> inside = List.of(FROM, TO);

        assertThat(runs.ofMemberBetween(MEMBER, FROM, TO)).extracting(Run::runDate).isEqualTo(inside);
        assertThat(runs.ofWorkflowBetween(new WorkflowKey("proposal"), FROM, TO)).extracting(Run::runDate)
                .isEqualTo(inside);
        assertThat(runs.acceptanceOfMemberBetween(MEMBER, FROM, TO)).isEqualTo(new AcceptanceRate(2, 2));
        assertThat(runs.countsOfMember(MEMBER, window, EVER)).extracting(RunCount::runs).containsExactly(2);
        assertThat(runs.dayTotalsLogged(Optional.of(MEMBER), window, EVER)).extracting(DayTotal::day)
                .containsExactlyInAnyOrderElementsOf(inside);
        assertThat(runs.dailyCountsOfMemberBetween(MEMBER, FROM, TO)).extracting(DatedRunCount::day)
                .containsExactlyInAnyOrderElementsOf(inside);
        assertThat(runs.dailyTotals(FROM, TO)).extracting(DayTotal::day).containsExactlyInAnyOrderElementsOf(inside);
        assertThat(runs.membersWithRunsBetween(List.of(MEMBER), TO.plusDays(2), TO.plusDays(300))).isZero();
        assertThat(runs.membersWithRunsBetween(List.of(MEMBER), TO, TO)).isOne();
    }

    @Test
    void aMembersRunsAreListedInDateOrderThenInTheOrderLogged() {
        Run late = store(aRun().on("2026-11-29"));
        Run first = store(aRun().on("2026-10-19"));
        store(aRun().by(SOMEONE).on("2026-11-01"));
        Run second = store(aRun().on("2026-10-19").of("brief"));

        assertThat(runs.ofMemberBetween(MEMBER, FROM, TO)).containsExactly(first, second, late);
        assertThat(runs.ofMemberBetween("U0NOBODY", FROM, TO)).isEmpty();
    }

    @Test
    void aWorkflowsRunsAreEveryonesInDateOrderThenInTheOrderLogged() {
        Run late = store(aRun().by(SOMEONE).on("2026-11-20"));
        Run first = store(aRun().on("2026-11-02"));
        store(aRun().of("brief").on("2026-11-10"));
        Run second = store(aRun().by(SOMEONE).on("2026-11-02"));

        assertThat(runs.ofWorkflowBetween(new WorkflowKey("proposal"), FROM, TO)).containsExactly(first, second, late);
    }

    @Test
    void runsAreCountedPerDayWorkflowOutcomeAndEditTypeForTheMemberAlone() {
        List<NewRun> stored = new ArrayList<>();
        stored.addAll(aRun().on("2026-11-24").with(Outcome.AS_IS).times(3));
        stored.addAll(aRun().on("2026-11-24").with(Outcome.HEAVY_EDIT, EditType.TONE).times(2));
        stored.add(aRun().on("2026-11-24").with(Outcome.HEAVY_EDIT, EditType.SCOPE).build());
        stored.add(aRun().on("2026-11-24").of("brief").with(Outcome.NOT_USED).build());
        stored.add(aRun().on("2026-11-25").with(Outcome.AS_IS).build());
        stored.add(aRun().by(SOMEONE).on("2026-11-25").with(Outcome.AS_IS).build());
        runs.saveAll(stored);

        assertThat(runs.dailyCountsOfMemberBetween(MEMBER, FROM, TO)).containsExactlyInAnyOrder(
                counted("2026-11-24", "proposal", Outcome.AS_IS, null, 3),
                counted("2026-11-24", "proposal", Outcome.HEAVY_EDIT, EditType.TONE, 2),
                counted("2026-11-24", "proposal", Outcome.HEAVY_EDIT, EditType.SCOPE, 1),
                counted("2026-11-24", "brief", Outcome.NOT_USED, null, 1),
                counted("2026-11-25", "proposal", Outcome.AS_IS, null, 1));
        assertThat(runs.countsOfMember(MEMBER, new ReportWindow(FROM, TO), EVER))
                .containsExactlyInAnyOrder(
                        new RunCount(new WorkflowKey("proposal"), Outcome.AS_IS, Optional.empty(), 4),
                        new RunCount(new WorkflowKey("proposal"), Outcome.HEAVY_EDIT, Optional.of(EditType.TONE), 2),
                        new RunCount(new WorkflowKey("proposal"), Outcome.HEAVY_EDIT, Optional.of(EditType.SCOPE), 1),
                        new RunCount(new WorkflowKey("brief"), Outcome.NOT_USED, Optional.empty(), 1));
        assertThat(runs.dailyCountsOfMemberBetween("U0NOBODY", FROM, TO)).isEmpty();
    }

    @Test
    void theDailyCountsAddUpToTheRunsThemselves() {
        List<NewRun> stored = new ArrayList<>();
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < 200; i++) {
            Outcome outcome = outcomes[i % outcomes.length];
            stored.add(aRun().on(FROM.minusDays(3).plusDays(i % 47)).of(i % 3 == 0 ? "brief" : "proposal")
                    .with(outcome, outcome.takesEditType() && i % 2 == 0 ? EditType.FORMAT : null).build());
        }
        runs.saveAll(stored);

        List<DatedRunCount> counts = runs.dailyCountsOfMemberBetween(MEMBER, FROM, TO);
        List<Run> runsThemselves = runs.ofMemberBetween(MEMBER, FROM, TO);
        assertThat(counts.stream().mapToInt(DatedRunCount::runs).sum()).isEqualTo(runsThemselves.size());
        assertThat(counts.stream().mapToInt(DatedRunCount::accepted).sum())
                .isEqualTo((int) runsThemselves.stream().filter(r -> r.outcome().accepted()).count());
        assertThat(counts).extracting(c -> List.of(c.day(), c.count().workflow(), c.count().outcome(),
                c.count().editType())).doesNotHaveDuplicates();
    }

    @Test
    void onlyRunsLoggedAfterTheSpansStartAndUpToItsEndAreCounted() {
        Instant after = Instant.parse("2026-11-23T09:00:00Z");
        Instant upTo = Instant.parse("2026-11-30T09:00:00Z");
        store(aRun().loggedAt(after).with(Outcome.NOT_USED));
        store(aRun().loggedAt(after.plusMillis(1)).with(Outcome.AS_IS));
        store(aRun().loggedAt(upTo).with(Outcome.HEAVY_EDIT));
        store(aRun().loggedAt(upTo.plusMillis(1)).with(Outcome.LIGHT_EDIT));
        store(aRun().by(SOMEONE).loggedAt(upTo).with(Outcome.LIGHT_EDIT));
        ReportWindow window = new ReportWindow(FROM, TO);
        LoggedBetween span = LoggedBetween.since(after, upTo);

        assertThat(runs.countsOfMember(MEMBER, window, span)).extracting(RunCount::outcome)
                .containsExactlyInAnyOrder(Outcome.AS_IS, Outcome.HEAVY_EDIT);
        assertThat(runs.dayTotalsLogged(Optional.of(MEMBER), window, span))
                .containsExactly(new DayTotal(LocalDate.parse("2026-11-27"), 2, 1));
        assertThat(runs.dayTotalsLogged(Optional.empty(), window, span))
                .containsExactly(new DayTotal(LocalDate.parse("2026-11-27"), 3, 2));
        assertThat(runs.dayTotalsLogged(Optional.empty(), window, LoggedBetween.upTo(after)))
                .containsExactly(new DayTotal(LocalDate.parse("2026-11-27"), 1, 0));
    }

    @Test
    void theDailyTotalsCountEveryonesRunsAndAcceptedRunsPerDay() {
        store(aRun().on("2026-11-24").with(Outcome.AS_IS));
        store(aRun().by(SOMEONE).on("2026-11-24").with(Outcome.LIGHT_EDIT).of("brief"));
        store(aRun().by(SOMEONE).on("2026-11-24").with(Outcome.NOT_USED));
        store(aRun().on("2026-11-26").with(Outcome.HEAVY_EDIT));

        assertThat(runs.dailyTotals(FROM, TO)).containsExactlyInAnyOrder(
                new DayTotal(LocalDate.parse("2026-11-24"), 3, 2),
                new DayTotal(LocalDate.parse("2026-11-26"), 1, 0));
    }

    @Test
    void onlyTheNamedMembersWithARunInTheWindowAreCounted() {
        store(aRun().by("U0A").on("2026-11-24"));
        store(aRun().by("U0A").on("2026-11-25"));
        store(aRun().by("U0B").on("2026-09-01"));
        store(aRun().by("U0D").on("2026-11-24"));

        assertThat(runs.membersWithRunsBetween(List.of("U0A", "U0B", "U0C"), FROM, TO)).isOne();
        assertThat(runs.membersWithRunsBetween(List.of("U0A", "U0D"), FROM, TO)).isEqualTo(2);
        assertThat(runs.membersWithRunsBetween(List.of(), FROM, TO)).isZero();
    }

    @Test
    void theLatestRunLoggedSinceAnInstantIsTheMembersNewestAtOrAfterIt() {
        Instant since = Instant.parse("2026-11-26T15:00:00Z");
        store(aRun().loggedAt(since.minusMillis(1)));
        store(aRun().loggedAt(since));
        store(aRun().loggedAt("2026-11-27T10:00:00Z").of("brief"));
        Run newest = store(aRun().loggedAt("2026-11-27T10:00:00Z").of("summary"));
        store(aRun().by(SOMEONE).loggedAt("2026-11-27T11:00:00Z"));

        assertThat(runs.latestLoggedSince(MEMBER, since)).contains(newest);
        assertThat(runs.latestLoggedSince(MEMBER, Instant.parse("2026-11-27T10:00:00Z"))).contains(newest);
        assertThat(runs.latestLoggedSince(MEMBER, Instant.parse("2026-11-27T10:00:00.001Z"))).isEmpty();
        assertThat(runs.latestLoggedSince("U0NOBODY", since)).isEmpty();
    }

    @Test
    void theMembersRecentWorkflowsAreTheLatestLoggedFirstEachOnce() {
        for (String workflow : List.of("brief", "summary", "proposal", "brief")) {
            store(aRun().of(workflow));
        }
        store(aRun().by(SOMEONE).of("summary"));

        assertThat(runs.recentWorkflows(MEMBER, 5)).extracting(WorkflowKey::value)
                .containsExactly("brief", "proposal", "summary");
        assertThat(runs.recentWorkflows(MEMBER, 2)).extracting(WorkflowKey::value).containsExactly("brief", "proposal");
        assertThat(runs.recentWorkflows("U0NOBODY", 5)).isEmpty();
    }

    @Test
    void everyRunIsHandedOverInDateOrderThenInTheOrderLogged() {
        runs.saveAll(sheet(0, 60));
        List<Run> stored = new ArrayList<>();
        runs.forEach(stored::add);

        assertThat(stored).hasSize(60).isSortedAccordingTo((a, b) -> a.runDate().equals(b.runDate())
                ? Long.compare(a.id(), b.id()) : a.runDate().compareTo(b.runDate()));
    }

    private Run store(RunToStore run) {
        return runs.saveOnce(run.typed().build()).orElseThrow();
    }

    private static DatedRunCount counted(String day, String workflow, Outcome outcome, EditType editType, int runs) {
        return new DatedRunCount(LocalDate.parse(day),
                new RunCount(new WorkflowKey(workflow), outcome, Optional.ofNullable(editType), runs));
    }

    /** Rows {@code from} to {@code to} of a sheet spread over three members, two workflows, all outcomes, 12 days. */
    static List<NewRun> sheet(int from, int to) {
        Outcome[] outcomes = Outcome.values();
        List<NewRun> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            rows.add(aRun().by("U0MEMBER" + (i % 3 + 1)).of(i % 5 == 0 ? "brief" : "proposal")
                    .on(LocalDate.parse("2026-11-15").plusDays(i % 12)).with(outcomes[i % outcomes.length]).build());
        }
        return rows;
    }

    /** The per-day counts the triggers and imports keep. */
    private List<String> counts() {
        return database.read(dsl -> dsl.fetch(COUNTS).getValues(0, String.class));
    }

    /** The same counts, counted again from the runs. */
    private List<String> recount() {
        return database.read(dsl -> dsl.fetch(RECOUNT).getValues(0, String.class));
    }

    private int total() {
        return database.read(dsl -> dsl.fetchCount(RUN));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
