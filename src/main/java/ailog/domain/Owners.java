package ailog.domain;

import java.util.Set;

/** The AI system owners: who may change the catalog, enroll trainees and see reports. */
public record Owners(Set<String> userIds) {
    public Owners {
        userIds = Set.copyOf(userIds);
    }

    public boolean includes(String userId) {
        return userIds.contains(userId);
    }
}
