package ailog.domain.metrics;

import java.util.Optional;

/**
 * The Wilson score 95% interval of a proportion: where the true rate plausibly lies, given how many runs it comes
 * from. Unlike "rate ± 1.96·SE" it stays inside 0–1 and is honest at 0 of n and n of n.
 */
public record WilsonInterval(double low, double high) {
    /** The two-sided 95% normal quantile. */
    static final double Z = 1.959963984540054;

    public WilsonInterval {
        if (!(0 <= low && low <= high && high <= 1)) {
            throw new IllegalArgumentException("interval " + low + "–" + high);
        }
    }

    /** The interval of {@code successes} out of {@code trials}; none without trials. */
    public static Optional<WilsonInterval> of(int successes, int trials) {
        if (trials == 0) {
            return Optional.empty();
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return Optional.of(new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half)));
    }

    public static Optional<WilsonInterval> of(AcceptanceRate rate) {
        return of(rate.accepted(), rate.runs());
    }

    public int lowPercent() {
        return (int) Math.round(100 * low);
    }

    public int highPercent() {
        return (int) Math.round(100 * high);
    }
}
