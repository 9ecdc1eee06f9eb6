package ailog.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WilsonIntervalTest {
    /** Published Wilson 95% bounds (e.g. Newcombe 1998, method 3; any statistics package agrees to 4 places). */
    @ParameterizedTest(name = "{0} of {1} spans {2}–{3}")
    @CsvSource({
            "7, 10, 0.3968, 0.8922",
            "0, 10, 0.0000, 0.2775",
            "10, 10, 0.7225, 1.0000",
            "1, 1, 0.2065, 1.0000",
            "15, 148, 0.0624, 0.1605",
            "81, 263, 0.2553, 0.3662",
            "34, 40, 0.7093, 0.9294",
            "15, 30, 0.3315, 0.6685"})
    void theBoundsMatchPublishedValues(int successes, int trials, double low, double high) {
        WilsonInterval interval = WilsonInterval.of(successes, trials).orElseThrow();
        assertThat(interval.low()).isCloseTo(low, within(0.00005));
        assertThat(interval.high()).isCloseTo(high, within(0.00005));
    }

    @Test
    void noRunsHaveNoInterval() {
        assertThat(WilsonInterval.of(0, 0)).isEmpty();
        assertThat(WilsonInterval.of(AcceptanceRate.none())).isEmpty();
    }

    @Test
    void sevenOfTenReadsFortyToEightyNinePercent() {
        WilsonInterval interval = WilsonInterval.of(new AcceptanceRate(7, 10)).orElseThrow();
        assertThat(interval.lowPercent()).isEqualTo(40);
        assertThat(interval.highPercent()).isEqualTo(89);
    }
}
