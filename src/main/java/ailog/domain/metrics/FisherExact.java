package ailog.domain.metrics;

/**
 * Fisher's exact test on a 2×2 table (accepted or not, before or after): the two-sided p-value is the chance, with
 * the margins fixed and no real difference, of a table at most as likely as the one observed. Exact at any sample
 * size, so small teams get no false confidence from a normal approximation.
 */
public final class FisherExact {
    /** Tables this close in probability to the observed one count as equally likely (floating-point ties). */
    private static final double TIE = 1 + 1e-7;

    private FisherExact() {}

    /** {@code a} successes of {@code n1} against {@code b} successes of {@code n2}. */
    public static double twoSided(int a, int n1, int b, int n2) {
        if (a < 0 || b < 0 || a > n1 || b > n2) {
            throw new IllegalArgumentException(a + " of " + n1 + " against " + b + " of " + n2);
        }
        int successes = a + b;
        int n = n1 + n2;
        int min = Math.max(0, successes - n2);
        int max = Math.min(successes, n1);
        double[] logFactorial = logFactorials(n);
        double observed = logProbability(logFactorial, a, n1, n2, successes);
        double p = 0;
        for (int x = min; x <= max; x++) {
            double log = logProbability(logFactorial, x, n1, n2, successes);
            if (log <= observed + Math.log(TIE)) {
                p += Math.exp(log);
            }
        }
        return Math.min(1, p);
    }

    /** The hypergeometric probability of {@code x} successes in the first group. */
    private static double logProbability(double[] logFactorial, int x, int n1, int n2, int successes) {
        return logChoose(logFactorial, n1, x) + logChoose(logFactorial, n2, successes - x)
                - logChoose(logFactorial, n1 + n2, successes);
    }

    private static double logChoose(double[] logFactorial, int n, int k) {
        return logFactorial[n] - logFactorial[k] - logFactorial[n - k];
    }

    private static double[] logFactorials(int n) {
        double[] table = new double[n + 1];
        for (int i = 2; i <= n; i++) {
            table[i] = table[i - 1] + Math.log(i);
        }
        return table;
    }
}
