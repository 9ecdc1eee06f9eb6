package ailog.app;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Who a Slack user is, to check enrollments: people only, still active, with their time zone. */
public interface MemberDirectory {
    /** What Slack says about one user. */
    Lookup lookUp(String userId);

    /** What Slack says about each user, in the order asked; an adapter may ask about several at once. */
    default Map<String, Lookup> lookUpAll(List<String> userIds) {
        Map<String, Lookup> answers = new LinkedHashMap<>();
        userIds.forEach(userId -> answers.computeIfAbsent(userId, this::lookUp));
        return answers;
    }

    /** What enrolling needs to know about a user. */
    record Profile(String userId, ZoneId zone, boolean bot, boolean deleted) {}

    /** The answer about one user: a profile, a user Slack does not know, or no answer to rely on. */
    sealed interface Lookup {}

    record Found(Profile profile) implements Lookup {}

    record NotFound() implements Lookup {}

    /** Slack failed or was too slow; {@code why} says how, for the owner. */
    record Failed(String why) implements Lookup {}
}
