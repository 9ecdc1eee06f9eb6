package ailog.domain.metrics;

import ailog.domain.Run;
import java.util.List;
import java.util.OptionalInt;

/** Accepted runs (as-is or light edit) out of all runs; no runs means no rate, never 0 % or 100 %. */
public record AcceptanceRate(int accepted, int runs) {
    /**
     * The one rule for judging a rate: from fewer runs it is shown with its count and "too few to judge", and it
     * never makes a flag, a count of workflows under review, or a failed check (SPEC §7).
     */
    public static final int RUNS_TO_JUDGE = 5;

    public AcceptanceRate {
        if (accepted < 0 || runs < accepted) {
            throw new IllegalArgumentException("accepted " + accepted + " of " + runs);
        }
    }

    public static AcceptanceRate none() {
        return new AcceptanceRate(0, 0);
    }

    /** Every run counts in the denominator, heavy edits and not-used ones too. */
    public static AcceptanceRate of(List<Run> runs) {
        int accepted = (int) runs.stream().filter(r -> r.outcome().accepted()).count();
        return new AcceptanceRate(accepted, runs.size());
    }

    /** Both sets of runs together: the blended rate, not the mean of two rates. */
    public AcceptanceRate plus(AcceptanceRate other) {
        return new AcceptanceRate(accepted + other.accepted, runs + other.runs);
    }

    public OptionalInt percent() {
        return runs == 0 ? OptionalInt.empty() : OptionalInt.of(Math.round(100f * accepted / runs));
    }

    /** The rate as a fraction 0–1, or null without runs. */
    public Double fraction() {
        return runs == 0 ? null : (double) accepted / runs;
    }

    /** The bare comparison, whatever the sample; to judge a rate against a target, use {@link #against}. */
    public boolean meets(int targetPercent) {
        return runs > 0 && accepted * 100L >= (long) targetPercent * runs;
    }

    public boolean tooFewToJudge() {
        return runs < RUNS_TO_JUDGE;
    }

    /** Meets the target or not from {@value #RUNS_TO_JUDGE} runs on; below that, not judged either way. */
    public Answer against(int targetPercent) {
        return tooFewToJudge() ? Answer.NOT_ENOUGH_RUNS : Answer.of(meets(targetPercent));
    }

    /** Enough runs to judge and a rate under target: the workflow goes under review. */
    public boolean belowThreshold(int targetPercent) {
        return against(targetPercent) == Answer.NO;
    }
}
