package ailog.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FisherExactTest {
    /** Two-sided p-values as R's fisher.test and SciPy's fisher_exact give them. */
    @ParameterizedTest(name = "{0}/{1} against {2}/{3}: p = {4}")
    @CsvSource({
            "12, 20, 17, 20, 0.15519",
            "24, 40, 34, 40, 0.02299",
            "15, 30, 34, 40, 0.00318",
            "15, 30, 7, 8, 0.10557",
            "3, 4, 1, 4, 0.48571",
            "10, 10, 10, 10, 1.00000",
            "0, 10, 10, 10, 0.00001",
            "1, 9, 11, 14, 0.00276"})
    void theTwoSidedPValueMatchesPublishedValues(int a, int n1, int b, int n2, double p) {
        assertThat(FisherExact.twoSided(a, n1, b, n2)).isCloseTo(p, within(0.00001));
    }

    @ParameterizedTest(name = "{0}/{1} against {2}/{3} is symmetric")
    @CsvSource({"12, 20, 17, 20", "5, 9, 2, 11", "0, 5, 5, 5"})
    void swappingTheSidesGivesTheSameP(int a, int n1, int b, int n2) {
        assertThat(FisherExact.twoSided(a, n1, b, n2)).isCloseTo(FisherExact.twoSided(b, n2, a, n1), within(1e-12));
    }
}
