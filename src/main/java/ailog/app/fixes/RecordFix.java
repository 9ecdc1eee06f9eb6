package ailog.app.fixes;

import ailog.app.Feedbacks;
import ailog.app.MemberClock;
import ailog.app.Workflows;
import ailog.app.outbox.Outbox;
import ailog.domain.Feedback;
import ailog.domain.Foundation;
import ailog.domain.FoundationChange;
import ailog.domain.Owners;
import ailog.domain.Workflow;
import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.Slot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An owner records a change to a workflow's foundations. The open feedback it addresses (that workflow, an edit
 * type the foundation targets) is marked fixed, and each member who gave it is told once, through the outbox.
 */
public final class RecordFix {
    /** What happened to the request. */
    public sealed interface Result {}

    /** Recorded; {@code membersTold}: how many members hear about it. */
    public record Recorded(FoundationChange change, String workflowName, int membersTold) implements Result {}

    public record NotAnOwner() implements Result {}

    public record UnknownWorkflow(String typed, List<String> catalog) implements Result {}

    public record TooLong(int length) implements Result {}

    private final FoundationChanges changes;
    private final Feedbacks feedbacks;
    private final Workflows workflows;
    private final Owners owners;
    private final Outbox outbox;
    private final MemberClock clock;

    public RecordFix(FoundationChanges changes, Feedbacks feedbacks, Workflows workflows, Owners owners,
            Outbox outbox, MemberClock clock) {
        this.changes = changes;
        this.feedbacks = feedbacks;
        this.workflows = workflows;
        this.owners = owners;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Result record(String ownerId, String workflowWord, Foundation foundation, String description) {
        if (!owners.includes(ownerId)) {
            return new NotAnOwner();
        }
        Optional<Workflow> workflow = workflows.find(workflowWord);
        if (workflow.isEmpty()) {
            return new UnknownWorkflow(workflowWord, workflows.all().stream().map(w -> w.key().value()).toList());
        }
        if (description.length() > FoundationChange.MAX_DESCRIPTION) {
            return new TooLong(description.length());
        }
        Applied applied = apply(workflow.get(), foundation, description, ownerId, Optional.empty());
        return new Recorded(applied.change(), workflow.get().name(), applied.told());
    }

    /** From a "Fixed: …" press on {@code pressed}, already marked fixed; its member hears through its own notice. */
    public FoundationChange fromFeedback(Feedback pressed, Foundation foundation, String ownerId) {
        Workflow workflow = workflows.find(pressed.workflow().value())
                .orElse(new Workflow(pressed.workflow(), pressed.workflow().value(), ownerId));
        return apply(workflow, foundation, "Fixed after feedback on " + pressed.editType().label()
                + " (what changed not described yet)", ownerId, Optional.of(pressed)).change();
    }

    private record Applied(FoundationChange change, int told) {}

    private Applied apply(Workflow workflow, Foundation foundation, String description, String ownerId,
            Optional<Feedback> pressed) {
        Instant now = clock.now();
        LocalDate on = LocalDate.ofInstant(now, clock.zoneOf(ownerId));
        FoundationChange change = changes.add(workflow.key(), foundation, description, ownerId, now, on,
                pressed.map(Feedback::id));
        Set<String> reporters = new LinkedHashSet<>();
        pressed.ifPresent(f -> reporters.add(f.userId()));
        for (Feedback open : feedbacks.open()) {
            if (open.workflow().equals(workflow.key()) && foundation.targets().contains(open.editType())) {
                feedbacks.markFixed(open.id(), foundation, ownerId);
                reporters.add(open.userId());
            }
        }
        changes.addReporters(change.id(), reporters);
        String id = Long.toString(change.id());
        List<Slot> notices = reporters.stream()
                .filter(user -> pressed.map(f -> !f.userId().equals(user)).orElse(true))
                .map(user -> new Slot("fix-recorded:" + id + ":" + user, MessageKind.FIX_RECORDED, user, id, now))
                .toList();
        outbox.planAll(notices, now);
        return new Applied(change, reporters.size());
    }
}
