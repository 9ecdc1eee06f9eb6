package ailog.domain.metrics;

import java.util.OptionalInt;

/** Accepted runs (as-is or light edit) out of all runs; no runs means no rate, never 0 % or 100 %. */
public record AcceptanceRate(int accepted, int runs) {
    /** Fewer runs than this are shown, but marked as too few to judge. */
    public static final int FEW_RUNS = 5;

    public AcceptanceRate {
        if (accepted < 0 || runs < accepted) {
            throw new IllegalArgumentException("accepted " + accepted + " of " + runs);
        }
    }

    public OptionalInt percent() {
        return runs == 0 ? OptionalInt.empty() : OptionalInt.of(Math.round(100f * accepted / runs));
    }

    /** The rate as a fraction 0–1, or null without runs. */
    public Double fraction() {
        return runs == 0 ? null : (double) accepted / runs;
    }

    public boolean meets(int targetPercent) {
        return runs > 0 && accepted * 100L >= (long) targetPercent * runs;
    }

    public boolean tooFewToJudge() {
        return runs < FEW_RUNS;
    }
}
