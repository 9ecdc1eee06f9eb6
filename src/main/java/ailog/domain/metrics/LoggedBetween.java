package ailog.domain.metrics;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When runs were logged, after one instant (excluded, if given) up to another (included): a scheduled message counts
 * what was logged by the time it was composed, and the next one of its kind what was logged since.
 */
public record LoggedBetween(Optional<Instant> after, Instant upTo) {
    public LoggedBetween {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(upTo, "upTo");
        if (after.isPresent() && upTo.isBefore(after.get())) {
            throw new IllegalArgumentException("logged after " + after.get() + " and up to " + upTo);
        }
    }

    /** Everything logged up to {@code upTo}. */
    public static LoggedBetween upTo(Instant upTo) {
        return new LoggedBetween(Optional.empty(), upTo);
    }

    /** Logged after {@code after} and up to {@code upTo}; an empty span when {@code upTo} is not later. */
    public static LoggedBetween since(Instant after, Instant upTo) {
        return new LoggedBetween(Optional.of(after), upTo.isBefore(after) ? after : upTo);
    }

    public boolean contains(Instant loggedAt) {
        return !loggedAt.isAfter(upTo) && after.map(loggedAt::isAfter).orElse(true);
    }
}
