package ailog.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A change an owner made to one part of a workflow's foundations: what, by whom and when. {@code changedOn} is the
 * day it was made in the author's calendar, the day whose runs are split by when they were logged.
 */
public record FoundationChange(long id, WorkflowKey workflow, Foundation foundation, String description,
        String authorId, Instant changedAt, LocalDate changedOn, Optional<Long> feedbackId) {
    public static final int MAX_DESCRIPTION = 1000;

    public FoundationChange {
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("a change is described in at most " + MAX_DESCRIPTION + " characters");
        }
    }
}
