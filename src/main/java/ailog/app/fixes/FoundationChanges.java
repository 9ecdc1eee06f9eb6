package ailog.app.fixes;

import ailog.domain.Foundation;
import ailog.domain.FoundationChange;
import ailog.domain.WorkflowKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where changes to the workflows' foundations are kept, with the members each one was meant for. */
public interface FoundationChanges {
    FoundationChange add(WorkflowKey workflow, Foundation foundation, String description, String author,
            Instant at, LocalDate on, Optional<Long> feedbackId);

    Optional<FoundationChange> find(long id);

    /** Replaces what the change says changed; false when there is no such change. */
    boolean describe(long id, String description);

    /** The workflow's changes, oldest first. */
    List<FoundationChange> ofWorkflow(WorkflowKey workflow);

    /** Every change, oldest first. */
    List<FoundationChange> all();

    void addReporters(long changeId, Collection<String> userIds);

    /** The members told when the change was recorded, in the order they were added. */
    List<String> reporters(long changeId);
}
