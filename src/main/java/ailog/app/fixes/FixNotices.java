package ailog.app.fixes;

import ailog.app.Workflows;
import ailog.app.outbox.Composer;
import ailog.app.outbox.Composition;
import ailog.app.outbox.Message;
import ailog.app.outbox.OutboxEntry;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import java.time.Instant;
import java.util.Optional;

/** Composes the members' notices about a change from the data as it is when they are sent. */
public final class FixNotices implements Composer {
    private final FoundationChanges changes;
    private final ChangeEffects effects;
    private final Workflows workflows;

    public FixNotices(FoundationChanges changes, ChangeEffects effects, Workflows workflows) {
        this.changes = changes;
        this.effects = effects;
        this.workflows = workflows;
    }

    @Override
    public Composition compose(OutboxEntry entry, Instant now) {
        Optional<Long> id = entry.subject().matches("\\d{1,18}") ? Optional.of(Long.parseLong(entry.subject()))
                : Optional.empty();
        return switch (entry.kind()) {
            case FIX_RECORDED -> id.flatMap(changes::find)
                    .<Composition>map(c -> new Composition.Send(new Message.FixRecorded(c, name(c.workflow()))))
                    .orElse(new Composition.Skip("the change is gone"));
            case FIX_RESULT -> id.flatMap(effects::of)
                    .<Composition>map(e -> new Composition.Send(new Message.FixResult(e, name(e.change().workflow()))))
                    .orElse(new Composition.Skip("the change is gone"));
            default -> new Composition.Skip("not a notice about a change");
        };
    }

    private String name(WorkflowKey key) {
        return workflows.find(key.value()).map(Workflow::name).orElse(key.value());
    }
}
