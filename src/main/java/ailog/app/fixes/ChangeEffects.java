package ailog.app.fixes;

import ailog.app.Runs;
import ailog.domain.FoundationChange;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.BeforeAfter;
import ailog.domain.metrics.ChangeWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Each change's acceptance before and after it, over the runs stored now: every view of a change asks here. */
public final class ChangeEffects {
    private final FoundationChanges changes;
    private final Runs runs;

    public ChangeEffects(FoundationChanges changes, Runs runs) {
        this.changes = changes;
        this.runs = runs;
    }

    /** The workflow's changes, oldest first, each up to the next. */
    public List<BeforeAfter> ofWorkflow(WorkflowKey workflow) {
        List<FoundationChange> all = changes.ofWorkflow(workflow);
        List<BeforeAfter> effects = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            effects.add(effect(all.get(i), i + 1 < all.size() ? Optional.of(all.get(i + 1)) : Optional.empty()));
        }
        return effects;
    }

    /** Every workflow's changes made on days from {@code from} to {@code to}, oldest first. */
    public List<BeforeAfter> madeBetween(LocalDate from, LocalDate to) {
        return changes.all().stream()
                .filter(c -> !c.changedOn().isBefore(from) && !c.changedOn().isAfter(to))
                .map(c -> of(c).orElseThrow())
                .toList();
    }

    public Optional<BeforeAfter> of(long changeId) {
        return changes.find(changeId).flatMap(this::of);
    }

    private Optional<BeforeAfter> of(FoundationChange change) {
        List<FoundationChange> all = changes.ofWorkflow(change.workflow());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == change.id()) {
                return Optional.of(effect(change, i + 1 < all.size() ? Optional.of(all.get(i + 1))
                        : Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private BeforeAfter effect(FoundationChange change, Optional<FoundationChange> next) {
        ChangeWindow window = new ChangeWindow(change, next);
        return BeforeAfter.of(window, runs.ofWorkflowBetween(change.workflow(), window.firstDay(),
                window.lastDay()));
    }
}
