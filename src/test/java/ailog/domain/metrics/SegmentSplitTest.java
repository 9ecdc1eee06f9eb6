package ailog.domain.metrics;

import static ailog.domain.metrics.BaselinePosition.ABOVE;
import static ailog.domain.metrics.BaselinePosition.BELOW;
import static ailog.domain.metrics.BaselinePosition.WITHIN;
import static ailog.domain.metrics.Segment.NARROW;
import static ailog.domain.metrics.Segment.NON;
import static ailog.domain.metrics.Segment.POWER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentSplitTest {
    @Test
    void countsMembersPerSegment() {
        SegmentSplit split = SegmentSplit.of(List.of(POWER, NON, NARROW, NON));

        assertThat(split).isEqualTo(new SegmentSplit(1, 1, 2));
        assertThat(split.total()).isEqualTo(4);
        assertThat(split.percent(NON)).hasValue(50);
        assertThat(split.percent(POWER)).hasValue(25);
    }

    @Test
    void aTeamLikeAnUnguidedRolloutIsWithinEveryRange() {
        SegmentSplit split = new SegmentSplit(3, 5, 12);

        assertThat(split.againstBaseline()).isEqualTo(Map.of(POWER, WITHIN, NARROW, WITHIN, NON, WITHIN));
    }

    @Test
    void aGuidedTeamIsAboveOnPowerAndBelowOnNon() {
        SegmentSplit split = new SegmentSplit(4, 5, 1);

        assertThat(split.against(POWER)).contains(ABOVE);
        assertThat(split.against(NARROW)).contains(ABOVE);
        assertThat(split.against(NON)).contains(BELOW);
    }

    @Test
    void withoutMembersThereAreNoPercentagesAndNoComparison() {
        SegmentSplit empty = SegmentSplit.of(List.of());

        assertThat(empty.percent(POWER)).isEmpty();
        assertThat(empty.against(NON)).isEmpty();
        assertThat(empty.againstBaseline()).isEmpty();
    }

    @ParameterizedTest(name = "{0} of {1} against 10–15 % is {2}")
    @CsvSource({
        "0, 10, BELOW",
        "9, 100, BELOW",
        "1, 10, WITHIN",
        "3, 20, WITHIN",
        "15, 100, WITHIN",
        "16, 100, ABOVE",
        "1, 6, ABOVE",
    })
    void theRangeEndsAreIncludedAndComparedExactly(int count, int total, BaselinePosition position) {
        assertThat(new BaselineRange(10, 15).position(count, total)).isEqualTo(position);
    }
}
