package ailog.domain.metrics;

import java.util.OptionalInt;

/**
 * About how many more runs after a change would tell a difference as large as the one seen so far: the per-side
 * sample size of a two-sided two-proportion z-test at α = 0.05 with 80% power, taking the current rates as the
 * truth, minus the runs already counted after the change (the runs before it are history and cannot grow). A rough
 * guide, not a promise: the rates will move as runs come in.
 */
public final class RunsToTell {
    private static final double Z_ALPHA = 1.959963984540054; // two-sided 0.05
    private static final double Z_POWER = 0.8416212335729143; // 80% power

    private RunsToTell() {}

    /** Runs each side needs for a difference between rates {@code p1} and {@code p2}; none when they are equal. */
    public static OptionalInt perSide(double p1, double p2) {
        double difference = Math.abs(p1 - p2);
        if (difference < 1e-9) {
            return OptionalInt.empty();
        }
        double mean = (p1 + p2) / 2;
        double root = Z_ALPHA * Math.sqrt(2 * mean * (1 - mean))
                + Z_POWER * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return OptionalInt.of((int) Math.ceil(root * root / (difference * difference)));
    }

    /** More runs after the change, at least one; none when the rates so far are the same (no difference to tell). */
    public static OptionalInt more(AcceptanceRate before, AcceptanceRate after) {
        if (before.runs() == 0 || after.runs() == 0) {
            return OptionalInt.empty();
        }
        OptionalInt needed = perSide(before.fraction(), after.fraction());
        return needed.isEmpty() ? needed : OptionalInt.of(Math.max(1, needed.getAsInt() - after.runs()));
    }
}
