package ailog.domain.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days a report covers, both ends included, as dates in each member's own zone. */
public record ReportWindow(LocalDate from, LocalDate to) {
    public ReportWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a window ends on or after its start: " + from + " … " + to);
        }
    }

    /** The last {@code days} days ending on {@code today}, today included: 7 is today and the six days before. */
    public static ReportWindow lastDays(int days, LocalDate today) {
        if (days < 1) {
            throw new IllegalArgumentException("a window is at least one day, not " + days);
        }
        return new ReportWindow(today.minusDays(days - 1L), today);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** "this week" for seven days, otherwise "in the last N days". */
    public String phrase() {
        return switch (days()) {
            case 7 -> "this week";
            case 1 -> "in the last day";
            default -> "in the last " + days() + " days";
        };
    }
}
