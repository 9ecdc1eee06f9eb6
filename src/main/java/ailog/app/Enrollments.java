package ailog.app;

import ailog.domain.Enrollment;
import ailog.domain.EnrollmentEnd;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where enrollments are kept: any number per member over time, at most one of them active. */
public interface Enrollments {
    /** A new enrollment and the member's active one it ended, if there was one. */
    record Started(Enrollment enrollment, Optional<Enrollment> replaced) {}

    /**
     * Stores a new enrollment with a new id and, in the same transaction, ends the member's active one as replaced by
     * it, so its messages not yet sent never are.
     */
    Started enroll(Enrollment enrollment);

    /** Ends the member's active enrollment; returns it, or empty when they had none. */
    Optional<Enrollment> end(String userId, String by, Instant at);

    /** The active enrollments. */
    List<Enrollment> all();

    /** An enrollment by id, active or ended. */
    Optional<Enrollment> find(long id);

    /** How the enrollment ended; empty while it is active. */
    Optional<EnrollmentEnd> endOf(long id);

    /** The member's enrollment before this one, active or ended, if any. */
    Optional<Enrollment> before(long id);

    /** The member's active enrollment. */
    Optional<Enrollment> ofMember(String userId);

    /** Pauses the member's active enrollment until the day (included), or ends a pause with empty. */
    boolean pause(String userId, Optional<LocalDate> until);
}
