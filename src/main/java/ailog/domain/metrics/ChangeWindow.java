package ailog.domain.metrics;

import ailog.domain.FoundationChange;
import ailog.domain.Run;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which runs count before and after a change: the 28 days before it, and the 28 days since it or up to the next
 * change of the same workflow, whichever ends first. A run dated on a change's own day counts by when it was
 * logged: before the change instant it is "before", from it on "after".
 */
public record ChangeWindow(FoundationChange change, Optional<FoundationChange> next) {
    public static final int DAYS = 28;

    /** The earliest run date either side can hold. */
    public LocalDate firstDay() {
        return change.changedOn().minusDays(DAYS);
    }

    /** The latest run date either side can hold. */
    public LocalDate lastDay() {
        LocalDate end = change.changedOn().plusDays(DAYS - 1);
        return next.map(n -> n.changedOn().isBefore(end) ? n.changedOn() : end).orElse(end);
    }

    public boolean before(Run run) {
        return run.workflow().equals(change.workflow()) && !run.runDate().isBefore(firstDay())
                && !isFrom(run, change);
    }

    public boolean after(Run run) {
        return run.workflow().equals(change.workflow()) && isFrom(run, change)
                && !run.runDate().isAfter(lastDay()) && next.map(n -> !isFrom(run, n)).orElse(true);
    }

    /** Dated after the change's day, or on it and logged from the change on. */
    private static boolean isFrom(Run run, FoundationChange change) {
        return run.runDate().isAfter(change.changedOn())
                || run.runDate().equals(change.changedOn()) && !run.loggedAt().isBefore(change.changedAt());
    }
}
