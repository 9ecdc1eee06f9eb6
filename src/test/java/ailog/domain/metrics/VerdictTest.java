package ailog.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictTest {
    @ParameterizedTest(name = "frequency {0}, quality {1}, expansion {2} → {3}")
    @CsvSource({
        "true,  true,  true,  ADOPTION_WORKING",
        "false, true,  true,  REVERTED",
        "true,  false, true,  QUALITY_BAR_NOT_MET",
        "true,  true,  false, STABLE_NOT_DEEPENING",
        "false, false, true,  REVERTED QUALITY_BAR_NOT_MET",
        "false, true,  false, REVERTED STABLE_NOT_DEEPENING",
        "true,  false, false, QUALITY_BAR_NOT_MET STABLE_NOT_DEEPENING",
        "false, false, false, REVERTED QUALITY_BAR_NOT_MET STABLE_NOT_DEEPENING",
    })
    void everyFailingAnswerAddsItsRowFrequencyFirst(boolean frequency, boolean quality, boolean expansion,
            String expected) {
        assertThat(Verdict.of(frequency, quality, expansion)).isEqualTo(verdicts(expected));
    }

    @ParameterizedTest(name = "{0} leads to \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "ADOPTION_WORKING     | continue; plan second-wave workflow expansion",
        "REVERTED             | diagnose why; intervene",
        "QUALITY_BAR_NOT_MET  | diagnose the context or prompt gap; fix it",
        "STABLE_NOT_DEEPENING | second training session on more workflows",
    })
    void eachVerdictNamesItsNextStep(Verdict verdict, String nextStep) {
        assertThat(verdict.nextStep()).isEqualTo(nextStep);
    }

    static List<Verdict> verdicts(String names) {
        return Arrays.stream(names.trim().split("\\s+")).map(Verdict::valueOf).toList();
    }
}
