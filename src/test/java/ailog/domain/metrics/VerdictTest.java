package ailog.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class VerdictTest {
    /** The decision table of SPEC §7: the three answers and every verdict they give, in order. */
    static Stream<Arguments> decisionTable() {
        return Stream.of(
                Arguments.of(true, true, true, "ADOPTION_WORKING"),
                Arguments.of(false, true, true, "REVERTED"),
                Arguments.of(true, false, true, "QUALITY_BAR_NOT_MET"),
                Arguments.of(true, true, false, "STABLE_NOT_DEEPENING"),
                Arguments.of(false, false, true, "REVERTED QUALITY_BAR_NOT_MET"),
                Arguments.of(false, true, false, "REVERTED STABLE_NOT_DEEPENING"),
                Arguments.of(true, false, false, "QUALITY_BAR_NOT_MET STABLE_NOT_DEEPENING"),
                Arguments.of(false, false, false, "REVERTED QUALITY_BAR_NOT_MET STABLE_NOT_DEEPENING"));
    }

    @ParameterizedTest(name = "frequency {0}, quality {1}, expansion {2} → {3}")
    @MethodSource("decisionTable")
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
