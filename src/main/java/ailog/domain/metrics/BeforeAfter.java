package ailog.domain.metrics;

import ailog.domain.FoundationChange;
import ailog.domain.Run;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A change's acceptance and targeted share before and after it, and the verdict. Directional only: before and
 * after, not a controlled test, so anything else that changed meanwhile shows up here too.
 */
public record BeforeAfter(FoundationChange change, Side before, Side after, ChangeVerdict verdict,
        OptionalDouble pValue, OptionalInt moreRuns) {

    /** One side: its acceptance, and how many of its runs had an edit type the change targets. */
    public record Side(AcceptanceRate acceptance, int targeted) {
        public Side {
            if (targeted < 0 || targeted > acceptance.runs()) {
                throw new IllegalArgumentException(targeted + " targeted of " + acceptance.runs());
            }
        }

        public int runs() {
            return acceptance.runs();
        }

        public Optional<WilsonInterval> interval() {
            return WilsonInterval.of(acceptance);
        }

        /** The targeted edit types' share of all runs on this side. */
        public AcceptanceRate share() {
            return new AcceptanceRate(targeted, acceptance.runs());
        }

        static Side of(List<Run> runs, FoundationChange change) {
            int targeted = (int) runs.stream()
                    .filter(r -> r.editType().map(change.foundation().targets()::contains).orElse(false))
                    .count();
            return new Side(AcceptanceRate.of(runs), targeted);
        }
    }

    /** {@code runs}: the workflow's runs around the change, in any order; those outside its window are ignored. */
    public static BeforeAfter of(ChangeWindow window, List<Run> runs) {
        FoundationChange change = window.change();
        Side before = Side.of(runs.stream().filter(window::before).toList(), change);
        Side after = Side.of(runs.stream().filter(window::after).toList(), change);
        if (before.acceptance().tooFewToJudge() || after.acceptance().tooFewToJudge()) {
            return new BeforeAfter(change, before, after, ChangeVerdict.TOO_FEW, OptionalDouble.empty(),
                    OptionalInt.empty());
        }
        AcceptanceRate b = before.acceptance();
        AcceptanceRate a = after.acceptance();
        double p = FisherExact.twoSided(b.accepted(), b.runs(), a.accepted(), a.runs());
        if (p < ChangeVerdict.CLEAR) {
            boolean up = (long) a.accepted() * b.runs() > (long) b.accepted() * a.runs();
            return new BeforeAfter(change, before, after, up ? ChangeVerdict.BETTER : ChangeVerdict.WORSE,
                    OptionalDouble.of(p), OptionalInt.empty());
        }
        return new BeforeAfter(change, before, after, ChangeVerdict.NO_CLEAR_CHANGE, OptionalDouble.of(p),
                RunsToTell.more(b, a));
    }
}
