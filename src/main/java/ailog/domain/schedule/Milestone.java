package ailog.domain.schedule;

import java.time.Instant;
import java.time.LocalDate;

/** One message of an enrollment's schedule as a member or owner reads it: week 2's check-in, on its day and hour. */
public record Milestone(MessageKind kind, int week, LocalDate day, Instant dueAt) {
    /** Check-ins and the review always come; a nudge only when no run was logged. */
    public boolean certain() {
        return kind != MessageKind.NUDGE;
    }
}
