package ailog.app.outbox;

import ailog.domain.schedule.MessageKind;
import java.time.Instant;
import java.util.Map;

/** Hands each kind of notice to the composer that knows it. */
public final class NoticesByKind implements Composer {
    private final Map<MessageKind, Composer> byKind;

    public NoticesByKind(Map<MessageKind, Composer> byKind) {
        this.byKind = Map.copyOf(byKind);
    }

    @Override
    public Composition compose(OutboxEntry entry, Instant now) {
        Composer composer = byKind.get(entry.kind());
        return composer == null ? new Composition.Skip("nothing composes " + entry.kind().key()) : composer.compose(
                entry, now);
    }
}
