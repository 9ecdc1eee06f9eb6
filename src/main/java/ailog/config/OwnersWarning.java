package ailog.config;

import java.util.Optional;
import java.util.Set;

/** The start-up warning when no owners are set: without it an admin finds out only when Slack refuses them. */
final class OwnersWarning {
    private OwnersWarning() {}

    static Optional<String> line(Set<String> owners) {
        if (!owners.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("AILOG_OWNERS is not set, so no one can run the owner commands (workflow add, enroll,"
                + " enrollments, report, export). Set it to the owners' Slack member IDs, e.g. AILOG_OWNERS=U012AB3CD"
                + " (in Slack: your profile → ⋮ → Copy member ID), and restart ailog.");
    }
}
