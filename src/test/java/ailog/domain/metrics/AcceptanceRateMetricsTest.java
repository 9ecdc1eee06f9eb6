package ailog.domain.metrics;

import static ailog.domain.metrics.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptanceRateMetricsTest {
    @Test
    void noRunsGiveNoRateRatherThanZeroOrHundred() {
        AcceptanceRate none = AcceptanceRate.of(List.of());

        assertThat(none.percent()).isEmpty();
        assertThat(none.fraction()).isNull();
        assertThat(none.runs()).isEqualTo(0);
    }

    @Test
    void notUsedAndHeavyEditRunsCountInTheDenominator() {
        AcceptanceRate rate = AcceptanceRate.of(List.of(
                aRun().with(Outcome.AS_IS, null).build(),
                aRun().with(Outcome.LIGHT_EDIT, EditType.TONE).build(),
                aRun().with(Outcome.HEAVY_EDIT, EditType.SCOPE).build(),
                aRun().with(Outcome.NOT_USED, null).build()));

        assertThat(rate).isEqualTo(new AcceptanceRate(2, 4));
        assertThat(rate.percent()).hasValue(50);
    }

    @Test
    void theRateCarriesItsRunCountAndFlagsFewerThanFiveAsTooFewToJudge() {
        assertThat(new AcceptanceRate(3, 4).tooFewToJudge()).isTrue();
        assertThat(new AcceptanceRate(3, 5).tooFewToJudge()).isFalse();
    }

    @Test
    void blendingAddsRunsRatherThanAveragingRates() {
        AcceptanceRate blended = new AcceptanceRate(1, 1).plus(new AcceptanceRate(0, 3));

        assertThat(blended).isEqualTo(new AcceptanceRate(1, 4));
        assertThat(blended.percent()).hasValue(25);
    }

    @ParameterizedTest(name = "{0} of {1} against {2}% is {3}, below threshold: {4}")
    @CsvSource({
        "0, 0, 70, NOT_ENOUGH_RUNS, false",
        "0, 2, 70, NOT_ENOUGH_RUNS, false",
        "1, 3, 70, NOT_ENOUGH_RUNS, false",
        "0, 4, 70, NOT_ENOUGH_RUNS, false",
        "4, 4, 70, NOT_ENOUGH_RUNS, false",
        "3, 5, 70, NO, true",
        "4, 5, 70, YES, false",
        "7, 10, 70, YES, false",
        "69, 100, 70, NO, true",
    })
    void aRateIsJudgedAgainstTheTargetOnlyFromFiveRunsAndOnlyThenBelowThreshold(
            int accepted, int runs, int target, Answer answer, boolean below) {
        assertThat(new AcceptanceRate(accepted, runs).against(target)).isEqualTo(answer);
        assertThat(new AcceptanceRate(accepted, runs).belowThreshold(target)).isEqualTo(below);
    }
}
