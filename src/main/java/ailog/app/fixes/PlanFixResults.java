package ailog.app.fixes;

import ailog.app.outbox.Outbox;
import ailog.domain.FoundationChange;
import ailog.domain.metrics.BeforeAfter;
import ailog.domain.metrics.ChangeWindow;
import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.Slot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Each tick: once a change's before and after tell a clear difference, the members it was meant for get its
 * result, once (the outbox key is per change and member).
 */
public final class PlanFixResults {
    /** A change older than its after window, plus the outbox's 3 days of lateness, has nothing left to tell. */
    private static final int DAYS_OF_RESULTS = ChangeWindow.DAYS + 3;

    private final FoundationChanges changes;
    private final ChangeEffects effects;
    private final Outbox outbox;

    public PlanFixResults(FoundationChanges changes, ChangeEffects effects, Outbox outbox) {
        this.changes = changes;
        this.effects = effects;
        this.outbox = outbox;
    }

    /** Returns how many messages were new to the outbox. */
    public int planDueBy(Instant now) {
        LocalDate oldest = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(DAYS_OF_RESULTS);
        List<Slot> due = new ArrayList<>();
        for (FoundationChange change : changes.all()) {
            if (change.changedOn().isBefore(oldest) || change.changedAt().isAfter(now)) {
                continue;
            }
            List<String> reporters = changes.reporters(change.id());
            if (reporters.isEmpty() || !effects.of(change.id()).map(BeforeAfter::verdict)
                    .map(v -> v.clear()).orElse(false)) {
                continue;
            }
            String id = Long.toString(change.id());
            reporters.forEach(user -> due.add(new Slot("fix-result:" + id + ":" + user, MessageKind.FIX_RESULT,
                    user, id, now)));
        }
        return due.isEmpty() ? 0 : outbox.planAll(due, now);
    }
}
