package ailog.domain.metrics;

import static ailog.domain.metrics.RunBuilder.TODAY;
import static ailog.domain.metrics.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtRiskTest {
    @ParameterizedTest(name = "an enrolled member whose last run was {0} days ago is at risk: {1}")
    @CsvSource({"0, false", "6, false", "7, true", "8, true", "30, true"})
    void anEnrolledMemberIsAtRiskAfterSevenDaysWithoutARun(int daysAgo, boolean atRisk) {
        assertThat(AtRisk.member(true, Optional.of(TODAY.minusDays(daysAgo)), TODAY)).isEqualTo(atRisk);
        assertThat(AtRisk.member(true, List.of(aRun().daysAgo(daysAgo).build()), TODAY)).isEqualTo(atRisk);
    }

    @Test
    void anEnrolledMemberWhoNeverRanIsAtRisk() {
        assertThat(AtRisk.member(true, Optional.empty(), TODAY)).isTrue();
        assertThat(AtRisk.member(true, List.of(), TODAY)).isTrue();
    }

    @Test
    void aMemberWhoIsNotEnrolledIsNeverAtRisk() {
        assertThat(AtRisk.member(false, Optional.empty(), TODAY)).isFalse();
        assertThat(AtRisk.member(false, Optional.of(TODAY.minusDays(30)), TODAY)).isFalse();
    }
}
