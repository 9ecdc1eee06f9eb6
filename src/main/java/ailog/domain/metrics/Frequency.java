package ailog.domain.metrics;

import ailog.domain.Run;
import java.util.List;

/** Runs per week over a span of days: runs ÷ (days / 7). */
public record Frequency(int runs, int days) {
    public Frequency {
        if (runs < 0) {
            throw new IllegalArgumentException("runs cannot be negative: " + runs);
        }
        if (days < 1) {
            throw new IllegalArgumentException("a frequency spans at least one day, not " + days);
        }
    }

    public static Frequency over(ReportWindow window, int runs) {
        return new Frequency(runs, window.days());
    }

    /** The runs dated inside the window, per week. */
    public static Frequency of(List<Run> runs, ReportWindow window) {
        return over(window, (int) runs.stream().filter(r -> window.contains(r.runDate())).count());
    }

    public double perWeek() {
        return runs * 7.0 / days;
    }

    /** Compared in whole numbers, so 6 runs in 14 days is exactly 3 a week. */
    public boolean atLeastPerWeek(int perWeek) {
        return runs * 7L >= (long) perWeek * days;
    }
}
