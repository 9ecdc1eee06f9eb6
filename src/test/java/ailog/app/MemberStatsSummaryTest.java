package ailog.app;

import static ailog.testing.RunToStore.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.TestDatabase;
import ailog.domain.MemberStats;
import ailog.domain.Outcome;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.WeekPoint;
import ailog.domain.metrics.WorkflowAcceptance;
import ailog.persistence.Database;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import ailog.testing.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A member's own numbers come from their own calendar weeks, in their own time zone, over a real SQLite file. */
class MemberStatsSummaryTest {
    /** Sunday evening in London is already Monday morning in Tokyo. */
    private static final Instant NOW = Instant.parse("2026-11-29T20:00:00Z");
    private static final Map<String, ZoneId> ZONES = Map.of(
            "U0LONDON", ZoneId.of("Europe/London"),
            "U0TOKYO", ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path folder;

    private Database database;
    private MemberStatsSummary summary;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabase.fresh(folder));
        TestClock clock = new TestClock(NOW);
        new JooqWorkflows(database, clock).add(new Workflow(new WorkflowKey("proposal"), "Proposal", "U0OWNER"));
        JooqRuns runs = new JooqRuns(database);
        for (String member : ZONES.keySet()) {
            runs.saveAll(List.of(
                    aRun().by(member).on("2026-10-19").build(),
                    aRun().by(member).on("2026-11-29").with(Outcome.NOT_USED).build(),
                    aRun().by(member).on("2026-11-30").build()));
        }
        summary = new MemberStatsSummary(runs, new MemberClock(ZONES::get, clock), user -> 70);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void inLondonTheWeekEndsTonightAndTheTrendStartsSixMondaysBack() {
        MemberStats stats = summary.of("U0LONDON");

        assertThat(stats.thisWeek().week().monday()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(stats.thisWeek().tally().acceptance()).isEqualTo(new AcceptanceRate(0, 1));
        assertThat(stats.sixWeeks().weeks()).extracting(WeekPoint::start)
                .startsWith(LocalDate.parse("2026-10-19")).endsWith(LocalDate.parse("2026-11-23"));
        assertThat(stats.sixWeeks().weeks()).extracting(WeekPoint::runs).containsExactly(1, 0, 0, 0, 0, 1);
    }

    @Test
    void inTokyoANewWeekHasBegunAndTheOldestWeekHasDroppedOut() {
        MemberStats stats = summary.of("U0TOKYO");

        assertThat(stats.thisWeek().week().monday()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(stats.thisWeek().tally().acceptance()).isEqualTo(new AcceptanceRate(1, 1));
        assertThat(stats.sixWeeks().weeks()).extracting(WeekPoint::start)
                .startsWith(LocalDate.parse("2026-10-26")).endsWith(LocalDate.parse("2026-11-30"));
        assertThat(stats.sixWeeks().weeks()).extracting(WeekPoint::runs).containsExactly(0, 0, 0, 0, 1, 1);
        assertThat(stats.sixWeeks().overall()).isEqualTo(new AcceptanceRate(1, 2));
        assertThat(stats.sixWeeks().workflows()).containsExactly(
                new WorkflowAcceptance(new WorkflowKey("proposal"), new AcceptanceRate(1, 2)));
    }
}
