package ailog.domain.metrics;

import static ailog.domain.metrics.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.Foundation;
import ailog.domain.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditTypeDistributionTest {
    @Test
    void countsEachEditTypeAndIgnoresRunsWithout() {
        EditTypeDistribution distribution = EditTypeDistribution.of(List.of(
                aRun().with(Outcome.LIGHT_EDIT, EditType.TONE).build(),
                aRun().with(Outcome.HEAVY_EDIT, EditType.TONE).build(),
                aRun().with(Outcome.NOT_USED, EditType.WRONG_INFO).build(),
                aRun().with(Outcome.NOT_USED, null).build(),
                aRun().accepted().build()));

        assertThat(distribution.asEnumMap()).isEqualTo(Map.of(EditType.TONE, 2, EditType.WRONG_INFO, 1));
        assertThat(distribution.total()).isEqualTo(3);
    }

    @Test
    void theTopEditTypePointsAtItsFix() {
        EditTypeDistribution distribution = new EditTypeDistribution(
                Map.of(EditType.MISSING_INFO, 4, EditType.SCOPE, 2));

        assertThat(distribution.top()).contains(EditType.MISSING_INFO);
        assertThat(distribution.topFix()).contains(Foundation.CONTEXT_PACK);
    }

    @Test
    void aTieGoesToTheEditTypeListedFirst() {
        EditTypeDistribution distribution = new EditTypeDistribution(Map.of(EditType.FORMAT, 2, EditType.SCOPE, 2));

        assertThat(distribution.top()).contains(EditType.SCOPE);
        assertThat(distribution.topFix()).contains(Foundation.WORKFLOW_PROMPT);
    }

    @Test
    void noEditsHaveNoTopEditTypeAndNoFix() {
        assertThat(EditTypeDistribution.none().top()).isEmpty();
        assertThat(EditTypeDistribution.of(List.of(aRun().accepted().build())).topFix()).isEmpty();
    }

    @Test
    void theOverallDistributionAddsUpTheWorkflows() {
        EditTypeDistribution overall = EditTypeDistribution.sum(List.of(
                new EditTypeDistribution(Map.of(EditType.TONE, 1, EditType.FORMAT, 2)),
                new EditTypeDistribution(Map.of(EditType.TONE, 3)),
                EditTypeDistribution.none()));

        assertThat(overall).isEqualTo(new EditTypeDistribution(Map.of(EditType.TONE, 4, EditType.FORMAT, 2)));
        assertThat(overall.topFix()).contains(Foundation.VOICE_GUIDE);
    }

    @Test
    void zeroCountsAreTheSameAsNoCounts() {
        assertThat(new EditTypeDistribution(Map.of(EditType.TONE, 0))).isEqualTo(EditTypeDistribution.none());
    }
}
