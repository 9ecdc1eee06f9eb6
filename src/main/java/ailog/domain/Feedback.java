package ailog.domain;

import java.time.Instant;
import java.util.Optional;

/** "Not quite right": a member's account of an output that missed, until an owner fixes its cause. */
public record Feedback(long id, String userId, WorkflowKey workflow, EditType editType, String description,
        Instant createdAt, Optional<Foundation> fixedIn, Optional<String> fixedBy) {
    public static final int MAX_DESCRIPTION = 2000;

    public boolean open() {
        return fixedIn.isEmpty();
    }
}
