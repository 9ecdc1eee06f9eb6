package ailog.domain;

import java.time.Instant;
import java.util.Optional;

/** How an enrollment ended: an owner unenrolled the member, or enrolled them again and so replaced it. */
public record EnrollmentEnd(long enrollmentId, Instant at, String by, Optional<Long> replacedBy) {
    /** Why a message of the ended enrollment is not sent, for the outbox's note. */
    public String reason() {
        return replacedBy.map(id -> "replaced by enrollment " + id).orElse("unenrolled by " + by);
    }
}
