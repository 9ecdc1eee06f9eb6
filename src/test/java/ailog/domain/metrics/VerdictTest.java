package ailog.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class VerdictTest {
    @ParameterizedTest(name = "frequency {0}, quality {1}, expansion {2} → {3}, also {4}")
    @MethodSource("ailog.domain.metrics.VerdictTable#rows")
    void theFirstNoGivesTheOneVerdictAndTheOtherNoAnswersFollowAsAlso(boolean frequency, Answer quality,
            boolean expansion, Verdict verdict, List<Verdict> also) {
        assertThat(Verdict.of(frequency, quality, expansion)).isEqualTo(verdict);
        assertThat(Verdict.also(frequency, quality, expansion)).isEqualTo(also);
    }

    @ParameterizedTest(name = "{0} leads to \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "ADOPTION_WORKING           | continue; plan second-wave workflow expansion",
        "WORKING_QUALITY_NOT_JUDGED | continue; have every run logged and judge quality at 5 runs before planning"
                + " the second wave",
        "REVERTED                   | diagnose why; intervene",
        "QUALITY_BAR_NOT_MET        | diagnose the context or prompt gap; fix it",
        "STABLE_NOT_DEEPENING       | second training session on more workflows",
    })
    void eachVerdictNamesItsNextStep(Verdict verdict, String nextStep) {
        assertThat(verdict.nextStep()).isEqualTo(nextStep);
    }

    @ParameterizedTest(name = "{0} is keyed \"{1}\" in JSON")
    @CsvSource({
        "ADOPTION_WORKING, adoption-working",
        "WORKING_QUALITY_NOT_JUDGED, working-quality-not-judged",
        "STABLE_NOT_DEEPENING, stable-not-deepening",
    })
    void eachVerdictHasOneJsonKey(Verdict verdict, String key) {
        assertThat(verdict.key()).isEqualTo(key);
    }
}
