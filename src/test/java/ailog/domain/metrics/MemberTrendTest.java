package ailog.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.MemberStats;
import ailog.domain.MemberWeek;
import ailog.domain.Outcome;
import ailog.domain.WorkflowKey;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A member's six calendar weeks from counted runs: which week a day falls in, rates per week and per workflow. */
class MemberTrendTest {
    /** Monday 23 to Sunday 29 November 2026; the trend starts on Monday 19 October. */
    static final MemberWeek THIS_WEEK = new MemberWeek(LocalDate.parse("2026-11-23"));

    private static DatedRunCount counted(String day, String workflow, Outcome outcome, int runs) {
        return new DatedRunCount(LocalDate.parse(day),
                new RunCount(new WorkflowKey(workflow), outcome, Optional.empty(), runs));
    }

    private static DatedRunCount counted(String day, Outcome outcome) {
        return counted(day, "proposal", outcome, 1);
    }

    @Test
    void sixWeeksOldestFirstEndingWithTheCurrentWeek() {
        MemberTrend trend = MemberTrend.of(List.of(), THIS_WEEK);

        assertThat(trend.weeks()).extracting(WeekPoint::start).containsExactly(
                LocalDate.parse("2026-10-19"), LocalDate.parse("2026-10-26"), LocalDate.parse("2026-11-02"),
                LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-23"));
        assertThat(MemberTrend.firstDay(THIS_WEEK)).isEqualTo(LocalDate.parse("2026-10-19"));
    }

    @ParameterizedTest(name = "a run on {0} counts in week {1} (-1: in none)")
    @CsvSource({
        "2026-09-01, -1",
        "2026-10-18, -1",
        "2026-10-19, 0",
        "2026-10-25, 0",
        "2026-10-26, 1",
        "2026-11-15, 3",
        "2026-11-22, 4",
        "2026-11-23, 5",
        "2026-11-29, 5",
        "2026-11-30, -1"
    })
    void aRunCountsInTheCalendarWeekOfItsDateAndOnlyWithinTheSixWeeks(String day, int week) {
        MemberTrend trend = MemberTrend.of(List.of(counted(day, Outcome.AS_IS)), THIS_WEEK);

        int[] runs = trend.weeks().stream().mapToInt(WeekPoint::runs).toArray();
        int[] expected = new int[MemberTrend.WEEKS];
        if (week >= 0) {
            expected[week] = 1;
        }
        assertThat(runs).containsExactly(expected);
        assertThat(trend.workflows()).hasSize(week >= 0 ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} → {1}% ({2} of {3})")
    @CsvSource(delimiter = '|', value = {
        "                                          |     | 0 | 0",
        "as-is                                     | 100 | 1 | 1",
        "not-used                                  | 0   | 0 | 1",
        "heavy-edit                                | 0   | 0 | 1",
        "as-is, light-edit, heavy-edit, not-used   | 50  | 2 | 4",
        "light-edit, not-used, not-used            | 33  | 1 | 3"
    })
    void aWeeksRateCountsEveryRunInTheDenominatorAndNoRunsMeansNoRate(String outcomes, Integer percent,
            int accepted, int runs) {
        List<DatedRunCount> counts = outcomes == null ? List.of() : Arrays.stream(outcomes.split(","))
                .map(key -> counted("2026-11-10", Outcome.fromKey(key.strip())))
                .toList();

        AcceptanceRate week = MemberTrend.of(counts, THIS_WEEK).weeks().get(3).acceptance();

        assertThat(week).isEqualTo(new AcceptanceRate(accepted, runs));
        assertThat(week.percent()).isEqualTo(percent == null ? OptionalInt.empty() : OptionalInt.of(percent));
    }

    @Test
    void weeksWithoutRunsHaveNoRateBesideWeeksThatDo() {
        MemberTrend trend = MemberTrend.of(List.of(counted("2026-11-24", Outcome.NOT_USED)), THIS_WEEK);

        assertThat(trend.weeks().subList(0, 5)).allSatisfy(w -> assertThat(w.acceptance().percent()).isEmpty());
        assertThat(trend.weeks().get(5).acceptance().percent()).hasValue(0);
    }

    @Test
    void perWorkflowAcceptanceCoversAllSixWeeksMostRunsFirstThenByKey() {
        MemberTrend trend = MemberTrend.of(List.of(
                counted("2026-10-20", "status-update", Outcome.AS_IS, 2),
                counted("2026-11-24", "status-update", Outcome.NOT_USED, 1),
                counted("2026-11-02", "brief", Outcome.LIGHT_EDIT, 1),
                counted("2026-11-03", "brief", Outcome.HEAVY_EDIT, 2),
                counted("2026-11-12", "proposal", Outcome.AS_IS, 1),
                counted("2026-11-13", "proposal", Outcome.HEAVY_EDIT, 1),
                counted("2026-10-01", "proposal", Outcome.AS_IS, 9),
                counted("2026-10-02", "memo", Outcome.AS_IS, 4)), THIS_WEEK);

        assertThat(trend.workflows()).containsExactly(
                new WorkflowAcceptance(new WorkflowKey("brief"), new AcceptanceRate(1, 3)),
                new WorkflowAcceptance(new WorkflowKey("status-update"), new AcceptanceRate(2, 3)),
                new WorkflowAcceptance(new WorkflowKey("proposal"), new AcceptanceRate(1, 2)));
        assertThat(trend.overall()).isEqualTo(new AcceptanceRate(4, 8));
    }

    @Test
    void thisWeeksSummaryComesFromTheSameCountsButOnlyItsOwnDays() {
        List<DatedRunCount> counts = List.of(
                counted("2026-11-22", "proposal", Outcome.AS_IS, 3),
                counted("2026-11-23", "proposal", Outcome.AS_IS, 1),
                new DatedRunCount(LocalDate.parse("2026-11-29"), new RunCount(new WorkflowKey("brief"),
                        Outcome.HEAVY_EDIT, Optional.of(EditType.SCOPE), 2)));

        MemberStats stats = MemberStats.of(counts, THIS_WEEK, 70);

        assertThat(stats.thisWeek().week()).isEqualTo(THIS_WEEK);
        assertThat(stats.thisWeek().tally().acceptance()).isEqualTo(new AcceptanceRate(1, 3));
        assertThat(stats.thisWeek().tally().topEditType()).contains(EditType.SCOPE);
        assertThat(stats.thisWeek().targetPercent()).isEqualTo(70);
        assertThat(stats.sixWeeks().overall()).isEqualTo(new AcceptanceRate(4, 6));
    }
}
