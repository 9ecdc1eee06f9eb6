package ailog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.metrics.AcceptanceRate;
import org.junit.jupiter.api.Test;

class AcceptanceRateTest {
    @Test
    void noRunsMeansNoRateNeverZeroOrHundred() {
        AcceptanceRate none = new AcceptanceRate(0, 0);
        assertThat(none.percent()).isEmpty();
        assertThat(none.fraction()).isNull();
        assertThat(none.meets(0)).isFalse();
    }

    @Test
    void roundsToTheNearestPercent() {
        assertThat(new AcceptanceRate(2, 3).percent()).hasValue(67);
        assertThat(new AcceptanceRate(1, 3).percent()).hasValue(33);
    }

    @Test
    void meetsTheTargetExactlyAtTheBoundary() {
        assertThat(new AcceptanceRate(7, 10).meets(70)).isTrue();
        assertThat(new AcceptanceRate(69, 100).meets(70)).isFalse();
    }

    @Test
    void fewerThanFiveRunsAreTooFewToJudge() {
        assertThat(new AcceptanceRate(4, 4).tooFewToJudge()).isTrue();
        assertThat(new AcceptanceRate(4, 5).tooFewToJudge()).isFalse();
    }
}
