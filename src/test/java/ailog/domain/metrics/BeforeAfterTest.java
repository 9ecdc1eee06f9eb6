package ailog.domain.metrics;

import static ailog.domain.metrics.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.Foundation;
import ailog.domain.FoundationChange;
import ailog.domain.Outcome;
import ailog.domain.Run;
import ailog.domain.WorkflowKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BeforeAfterTest {
    private static final LocalDate DAY = LocalDate.parse("2026-03-10");
    private static final Instant AT = Instant.parse("2026-03-10T12:00:00Z");

    private static FoundationChange change(long id, LocalDate on, Instant at, Foundation foundation) {
        return new FoundationChange(id, new WorkflowKey("proposal"), foundation, "added pricing", "UOWNER", at, on,
                Optional.empty());
    }

    private static final FoundationChange CONTEXT_PACK = change(1, DAY, AT, Foundation.CONTEXT_PACK);

    private static List<Run> runs(int accepted, int notAccepted, LocalDate on) {
        List<Run> runs = new ArrayList<>(aRun().on(on).accepted().times(accepted));
        runs.addAll(aRun().on(on).with(Outcome.HEAVY_EDIT, EditType.MISSING_INFO).times(notAccepted));
        return runs;
    }

    private static List<Run> concat(List<Run> first, List<Run> second) {
        List<Run> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void halfBeforeAndEightyFivePercentAfterFromThirtyAndFortyRunsIsBetter() {
        BeforeAfter result = BeforeAfter.of(new ChangeWindow(CONTEXT_PACK, Optional.empty()),
                concat(runs(15, 15, DAY.minusDays(5)), runs(34, 6, DAY.plusDays(5))));
        assertThat(result.verdict()).isEqualTo(ChangeVerdict.BETTER);
        assertThat(result.before().acceptance()).isEqualTo(new AcceptanceRate(15, 30));
        assertThat(result.after().acceptance()).isEqualTo(new AcceptanceRate(34, 40));
        assertThat(result.before().targeted()).isEqualTo(15);
        assertThat(result.after().share()).isEqualTo(new AcceptanceRate(6, 40));
        assertThat(result.pValue().getAsDouble()).isLessThan(0.01);
        assertThat(result.moreRuns()).isEmpty();
    }

    @Test
    void sixtyAgainstEightyFivePercentFromTwentyEachIsNoClearChangeYetWithAnEstimate() {
        BeforeAfter result = BeforeAfter.of(new ChangeWindow(CONTEXT_PACK, Optional.empty()),
                concat(runs(12, 8, DAY.minusDays(1)), runs(17, 3, DAY.plusDays(1))));
        assertThat(result.verdict()).isEqualTo(ChangeVerdict.NO_CLEAR_CHANGE);
        assertThat(result.pValue().getAsDouble()).isBetween(0.15, 0.16);
        assertThat(result.moreRuns()).hasValue(29);
    }

    @Test
    void fromFortyEachTheSameRatesAreBetter() {
        BeforeAfter result = BeforeAfter.of(new ChangeWindow(CONTEXT_PACK, Optional.empty()),
                concat(runs(24, 16, DAY.minusDays(1)), runs(34, 6, DAY.plusDays(1))));
        assertThat(result.verdict()).isEqualTo(ChangeVerdict.BETTER);
    }

    @Test
    void aClearDropIsWorse() {
        BeforeAfter result = BeforeAfter.of(new ChangeWindow(CONTEXT_PACK, Optional.empty()),
                concat(runs(34, 6, DAY.minusDays(1)), runs(10, 30, DAY.plusDays(1))));
        assertThat(result.verdict()).isEqualTo(ChangeVerdict.WORSE);
    }

    @Test
    void aChangeWithNoRunsAfterItIsTooFewToJudge() {
        BeforeAfter result = BeforeAfter.of(new ChangeWindow(CONTEXT_PACK, Optional.empty()),
                runs(15, 15, DAY.minusDays(3)));
        assertThat(result.verdict()).isEqualTo(ChangeVerdict.TOO_FEW);
        assertThat(result.after().runs()).isZero();
        assertThat(result.after().interval()).isEmpty();
        assertThat(result.moreRuns()).isEmpty();
    }

    @Test
    void fourRunsOnASideAreTooFewToJudgeFiveAreEnough() {
        ChangeWindow window = new ChangeWindow(CONTEXT_PACK, Optional.empty());
        assertThat(BeforeAfter.of(window, concat(runs(2, 2, DAY.minusDays(1)), runs(20, 0, DAY.plusDays(1))))
                .verdict()).isEqualTo(ChangeVerdict.TOO_FEW);
        assertThat(BeforeAfter.of(window, concat(runs(0, 5, DAY.minusDays(1)), runs(20, 0, DAY.plusDays(1))))
                .verdict()).isEqualTo(ChangeVerdict.BETTER);
    }

    @Test
    void runsOnTheChangeDayCountByWhenTheyWereLogged() {
        ChangeWindow window = new ChangeWindow(CONTEXT_PACK, Optional.empty());
        Run loggedBefore = aRun().on(DAY).loggedAt(AT.minusSeconds(1)).build();
        Run loggedAtTheInstant = aRun().on(DAY).loggedAt(AT).build();
        Run loggedAfter = aRun().on(DAY).loggedAt(AT.plusSeconds(3600)).build();
        assertThat(window.before(loggedBefore)).isTrue();
        assertThat(window.after(loggedBefore)).isFalse();
        assertThat(window.before(loggedAtTheInstant)).isFalse();
        assertThat(window.after(loggedAtTheInstant)).isTrue();
        assertThat(window.after(loggedAfter)).isTrue();
    }

    @Test
    void theWindowsAreTwentyEightDaysEachSide() {
        ChangeWindow window = new ChangeWindow(CONTEXT_PACK, Optional.empty());
        assertThat(window.before(aRun().on(DAY.minusDays(28)).build())).isTrue();
        assertThat(window.before(aRun().on(DAY.minusDays(29)).build())).isFalse();
        assertThat(window.after(aRun().on(DAY.plusDays(27)).build())).isTrue();
        assertThat(window.after(aRun().on(DAY.plusDays(28)).build())).isFalse();
        assertThat(window.after(aRun().of("status-update").on(DAY.plusDays(1)).build())).isFalse();
    }

    @Test
    void anotherChangeWithinTwentyEightDaysEndsTheAfterSideAtItsOwnInstant() {
        Instant nextAt = Instant.parse("2026-03-20T09:00:00Z");
        LocalDate nextDay = LocalDate.parse("2026-03-20");
        ChangeWindow window = new ChangeWindow(CONTEXT_PACK,
                Optional.of(change(2, nextDay, nextAt, Foundation.VOICE_GUIDE)));
        assertThat(window.lastDay()).isEqualTo(nextDay);
        assertThat(window.after(aRun().on(nextDay.minusDays(1)).build())).isTrue();
        assertThat(window.after(aRun().on(nextDay).loggedAt(nextAt.minusSeconds(1)).build())).isTrue();
        assertThat(window.after(aRun().on(nextDay).loggedAt(nextAt).build())).isFalse();
        assertThat(window.after(aRun().on(nextDay.plusDays(1)).build())).isFalse();
    }

    @Test
    void twoChangesOnOneDaySplitThatDayByTheirInstants() {
        Instant laterAt = AT.plusSeconds(7200);
        ChangeWindow window = new ChangeWindow(CONTEXT_PACK,
                Optional.of(change(2, DAY, laterAt, Foundation.TRAINING)));
        assertThat(window.after(aRun().on(DAY).loggedAt(AT.plusSeconds(60)).build())).isTrue();
        assertThat(window.after(aRun().on(DAY).loggedAt(laterAt.plusSeconds(60)).build())).isFalse();
        assertThat(window.after(aRun().on(DAY.plusDays(1)).build())).isFalse();
    }

    @Test
    void trainingTargetsEveryEditTypeAndTheContextPackMissingAndWrongInfo() {
        assertThat(Foundation.TRAINING.targets()).containsExactlyInAnyOrder(EditType.values());
        assertThat(Foundation.CONTEXT_PACK.targets()).containsExactlyInAnyOrder(EditType.MISSING_INFO,
                EditType.WRONG_INFO);
        assertThat(Foundation.VOICE_GUIDE.targets()).containsExactly(EditType.TONE);
    }
}
