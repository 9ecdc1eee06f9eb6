package ailog.app;

import ailog.app.outbox.Composer;
import ailog.app.outbox.Composition;
import ailog.app.outbox.Message;
import ailog.app.outbox.Outbox;
import ailog.app.outbox.OutboxEntry;
import ailog.domain.Owners;
import ailog.domain.Workflow;
import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.Slot;
import java.time.Clock;
import java.time.Instant;

/**
 * Any member may grow the catalog by logging an unknown workflow; the owners keep the catalog, so each of them is
 * told once, through the outbox, and the notice shows the workflow as it is when sent.
 */
public final class WorkflowAddedNotices implements Composer {
    private final Workflows workflows;
    private final Owners owners;
    private final Outbox outbox;
    private final Clock clock;

    public WorkflowAddedNotices(Workflows workflows, Owners owners, Outbox outbox, Clock clock) {
        this.workflows = workflows;
        this.owners = owners;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues one notice per owner, except the owner who added it; the key makes a second call a no-op. */
    public void queue(Workflow added) {
        Instant now = clock.instant();
        String key = added.key().value();
        outbox.planAll(owners.userIds().stream()
                .filter(owner -> !owner.equals(added.addedBy()))
                .sorted()
                .map(owner -> new Slot(MessageKind.WORKFLOW_ADDED.key() + ":" + key + ":" + owner,
                        MessageKind.WORKFLOW_ADDED, owner, key, now))
                .toList(), now);
    }

    @Override
    public Composition compose(OutboxEntry entry, Instant now) {
        return workflows.find(entry.subject())
                .<Composition>map(workflow -> new Composition.Send(new Message.WorkflowAdded(workflow)))
                .orElse(new Composition.Skip("the workflow is gone"));
    }
}
