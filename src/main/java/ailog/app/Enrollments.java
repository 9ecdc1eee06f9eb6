package ailog.app;

import ailog.domain.Enrollment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where enrollments are kept. */
public interface Enrollments {
    /** Enrolls the member, or replaces their enrollment keeping its id; returns it as stored. */
    Enrollment enroll(Enrollment enrollment);

    List<Enrollment> all();

    Optional<Enrollment> find(long id);

    Optional<Enrollment> ofMember(String userId);

    /** Pauses the member's enrollment until the day (included), or ends a pause with empty. */
    boolean pause(String userId, Optional<LocalDate> until);
}
