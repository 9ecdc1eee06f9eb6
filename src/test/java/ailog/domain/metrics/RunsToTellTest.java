package ailog.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunsToTellTest {
    /** Per side, two-sided α = 0.05, 80% power, no continuity correction (Fleiss' formula, as G*Power gives it). */
    @ParameterizedTest(name = "{0} against {1} needs {2} runs a side")
    @CsvSource({"0.60, 0.85, 49", "0.50, 0.875, 23", "0.50, 0.85, 27", "0.70, 0.75, 1251", "0.85, 0.60, 49"})
    void thePerSideSampleSizeFollowsTheTwoProportionFormula(double p1, double p2, int perSide) {
        assertThat(RunsToTell.perSide(p1, p2)).hasValue(perSide);
    }

    @Test
    void sixtyAgainstEightyFivePercentFromTwentyEachNeedsAboutTwentyNineMoreRunsAfter() {
        assertThat(RunsToTell.more(new AcceptanceRate(12, 20), new AcceptanceRate(17, 20))).hasValue(29);
    }

    @Test
    void halfBeforeAndSevenOfEightAfterNeedsAboutFifteenMore() {
        assertThat(RunsToTell.more(new AcceptanceRate(15, 30), new AcceptanceRate(7, 8))).hasValue(15);
    }

    @Test
    void equalRatesGiveNoEstimateBecauseThereIsNoDifferenceToTell() {
        assertThat(RunsToTell.more(new AcceptanceRate(5, 10), new AcceptanceRate(10, 20))).isEmpty();
    }

    @Test
    void theEstimateIsNeverBelowOneRun() {
        // 60 after is more than the formula's 49, yet Fisher's test is stricter: still at least one more.
        assertThat(RunsToTell.more(new AcceptanceRate(12, 20), new AcceptanceRate(51, 60))).hasValue(1);
    }
}
