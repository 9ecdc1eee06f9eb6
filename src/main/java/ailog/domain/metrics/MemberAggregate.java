package ailog.domain.metrics;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One member's figures, as a GROUP BY member computes them: runs and accepted runs in the report window; runs and
 * distinct workflows in the 28 days up to today ({@link Segment#window}); distinct workflows in the 90 days up to
 * today ({@link WorkflowCount#window}); the last run date up to today; and the earliest run dated after the
 * training day of the member's latest enrollment (see {@link TeamReportAssembly#latestEnrollments}).
 */
public record MemberAggregate(
        String userId,
        int runsInWindow,
        int acceptedInWindow,
        int runsLast28Days,
        int distinctWorkflowsLast28Days,
        int distinctWorkflows90d,
        Optional<LocalDate> lastRunDate,
        Optional<LocalDate> firstRunAfterTraining) {

    public MemberAggregate {
        Objects.requireNonNull(userId, "userId");
        if (acceptedInWindow < 0 || runsInWindow < acceptedInWindow) {
            throw new IllegalArgumentException(userId + ": accepted " + acceptedInWindow + " of " + runsInWindow);
        }
        if (distinctWorkflowsLast28Days < 0 || runsLast28Days < distinctWorkflowsLast28Days) {
            throw new IllegalArgumentException(
                    userId + ": " + distinctWorkflowsLast28Days + " workflows in " + runsLast28Days + " runs");
        }
        if (distinctWorkflows90d < 0) {
            throw new IllegalArgumentException(userId + ": negative workflow count");
        }
        Objects.requireNonNull(lastRunDate, "lastRunDate");
        Objects.requireNonNull(firstRunAfterTraining, "firstRunAfterTraining");
    }

    /** An enrolled member the query found no runs for. */
    public static MemberAggregate none(String userId) {
        return new MemberAggregate(userId, 0, 0, 0, 0, 0, Optional.empty(), Optional.empty());
    }

    public AcceptanceRate acceptance() {
        return new AcceptanceRate(acceptedInWindow, runsInWindow);
    }

    public Segment segment() {
        return Segment.of(runsLast28Days, distinctWorkflowsLast28Days);
    }
}
