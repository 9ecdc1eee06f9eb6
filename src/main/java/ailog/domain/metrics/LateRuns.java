package ailog.domain.metrics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Runs logged after the message that covered their days went out, counted in the next message of that kind: how
 * many, and the days they are dated (first to last).
 */
public record LateRuns(int runs, Optional<ReportWindow> dated) {
    public LateRuns {
        if (runs < 0 || (runs == 0) != dated.isEmpty()) {
            throw new IllegalArgumentException(runs + " late runs dated " + dated);
        }
    }

    public static LateRuns none() {
        return new LateRuns(0, Optional.empty());
    }

    /** From the day totals of the late runs. */
    public static LateRuns of(Collection<DayTotal> days) {
        int runs = days.stream().mapToInt(DayTotal::runs).sum();
        if (runs == 0) {
            return none();
        }
        LocalDate first = days.stream().filter(d -> d.runs() > 0).map(DayTotal::day).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = days.stream().filter(d -> d.runs() > 0).map(DayTotal::day).max(LocalDate::compareTo)
                .orElseThrow();
        return new LateRuns(runs, Optional.of(new ReportWindow(first, last)));
    }

    public LateRuns plus(LateRuns other) {
        if (runs == 0) {
            return other;
        }
        if (other.runs == 0) {
            return this;
        }
        ReportWindow a = dated.orElseThrow();
        ReportWindow b = other.dated.orElseThrow();
        return new LateRuns(runs + other.runs, Optional.of(new ReportWindow(
                a.from().isBefore(b.from()) ? a.from() : b.from(), a.to().isAfter(b.to()) ? a.to() : b.to())));
    }

    public boolean any() {
        return runs > 0;
    }
}
