package ailog.domain.metrics;

import static ailog.domain.metrics.RunBuilder.TODAY;
import static ailog.domain.metrics.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ailog.domain.Run;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrequencyTest {
    @ParameterizedTest(name = "{0} runs in {1} days are {2} a week")
    @CsvSource({"0, 7, 0.0", "14, 7, 14.0", "6, 14, 3.0", "30, 30, 7.0", "3, 28, 0.75"})
    void runsPerWeekAreRunsOverDaysTimesSeven(int runs, int days, double perWeek) {
        assertThat(new Frequency(runs, days).perWeek()).isCloseTo(perWeek, within(1e-9));
    }

    @Test
    void onlyRunsInsideTheWindowCount() {
        ReportWindow week = ReportWindow.lastDays(7, TODAY);
        List<Run> runs = new ArrayList<>(aRun().daysAgo(0).times(2));
        runs.add(aRun().daysAgo(6).build());
        runs.add(aRun().daysAgo(7).build());

        assertThat(Frequency.of(runs, week)).isEqualTo(new Frequency(3, 7));
    }

    @Test
    void anEmptyWindowRunsZeroTimesAWeek() {
        assertThat(Frequency.of(List.of(), ReportWindow.lastDays(7, TODAY)).perWeek()).isEqualTo(0.0);
    }

    @ParameterizedTest(name = "{0} runs in 14 days reach 3 a week: {1}")
    @CsvSource({"5, false", "6, true", "7, true"})
    void reachingARateIsComparedExactly(int runs, boolean reaches) {
        assertThat(new Frequency(runs, 14).atLeastPerWeek(3)).isEqualTo(reaches);
    }
}
