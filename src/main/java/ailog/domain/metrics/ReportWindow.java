package ailog.domain.metrics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/** The days a figure covers, both ends included, as dates in each member's own zone; it always says which. */
public record ReportWindow(LocalDate from, LocalDate to) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_WITH_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy",
            Locale.ENGLISH);

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

    /** The {@code days} days before {@code day}, that day excluded: the ended days a scheduled message reports. */
    public static ReportWindow daysBefore(int days, LocalDate day) {
        return lastDays(days, day.minusDays(1));
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** "Tue 24 Nov – Mon 30 Nov", "Mon 28 Dec 2026 – Sun 3 Jan 2027" across a year, "Mon 30 Nov" for one day. */
    public String label() {
        DateTimeFormatter format = from.getYear() == to.getYear() ? DAY : DAY_WITH_YEAR;
        return from.equals(to) ? format.format(from) : format.format(from) + " – " + format.format(to);
    }

    /** "in the 7 days Tue 24 Nov – Mon 30 Nov", "on Mon 30 Nov": never "this week" without its dates. */
    public String phrase() {
        return days() == 1 ? "on " + label() : "in the " + days() + " days " + label();
    }
}
