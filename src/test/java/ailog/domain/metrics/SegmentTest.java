package ailog.domain.metrics;

import static ailog.domain.metrics.RunBuilder.TODAY;
import static ailog.domain.metrics.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Run;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentTest {
    @ParameterizedTest(name = "{0} runs over {1} workflows make a {2} member")
    @CsvSource({
        "0, 0, NON",
        "1, 1, NARROW",
        "11, 3, NARROW",
        "12, 2, NARROW",
        "12, 3, POWER",
        "40, 5, POWER",
        "30, 1, NARROW",
    })
    void powerNeedsTwelveRunsAndThreeWorkflowsTogether(int runs, int workflows, Segment segment) {
        assertThat(Segment.of(runs, workflows)).isEqualTo(segment);
    }

    @Test
    void onlyTheLastTwentyEightDaysCount() {
        List<Run> runs = new ArrayList<>();
        runs.addAll(aRun().of("proposal").daysAgo(27).times(10));
        runs.add(aRun().of("status-update").daysAgo(0).build());
        runs.add(aRun().of("support-ticket").daysAgo(28).build());
        runs.addAll(aRun().of("shift-handover").daysAgo(28).times(5));

        assertThat(Segment.of(runs, TODAY)).isEqualTo(Segment.NARROW);
    }

    @Test
    void twelveRecentRunsOverThreeWorkflowsMakeAPowerUser() {
        List<Run> runs = new ArrayList<>();
        runs.addAll(aRun().of("proposal").daysAgo(27).times(10));
        runs.add(aRun().of("status-update").daysAgo(0).build());
        runs.add(aRun().of("support-ticket").daysAgo(5).build());

        assertThat(Segment.of(runs, TODAY)).isEqualTo(Segment.POWER);
    }

    @Test
    void aMemberWhoseRunsAreAllOlderIsANonAdopter() {
        assertThat(Segment.of(aRun().daysAgo(40).times(20), TODAY)).isEqualTo(Segment.NON);
    }

    @Test
    void eachSegmentCarriesItsUnguidedBaseline() {
        assertThat(Segment.POWER.baseline()).isEqualTo(new BaselineRange(10, 15));
        assertThat(Segment.NARROW.baseline()).isEqualTo(new BaselineRange(20, 30));
        assertThat(Segment.NON.baseline()).isEqualTo(new BaselineRange(50, 60));
    }
}
