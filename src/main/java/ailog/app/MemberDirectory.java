package ailog.app;

import java.time.ZoneId;
import java.util.Optional;

/** Who a Slack user is, to check enrollments: people only, still active, with their time zone. */
public interface MemberDirectory {
    /** The profile, or empty when Slack does not know the user. */
    Optional<Profile> lookUp(String userId);

    /** What enrolling needs to know about a user. */
    record Profile(String userId, ZoneId zone, boolean bot, boolean deleted) {}
}
