package ailog.app.fixes;

import ailog.domain.FoundationChange;
import ailog.domain.Owners;
import java.util.Optional;

/** After a "Fixed: …" press the owner says in a modal what changed; the change keeps those words. */
public final class DescribeFix {
    private final FoundationChanges changes;
    private final Owners owners;

    public DescribeFix(FoundationChanges changes, Owners owners) {
        this.changes = changes;
        this.owners = owners;
    }

    /** Empty when described; otherwise the whole-sentence problem to show beside the field. */
    public Optional<String> describe(long changeId, String ownerId, String description) {
        String text = description.strip();
        if (!owners.includes(ownerId)) {
            return Optional.of("Only the AI system owners can describe a change.");
        }
        if (text.isEmpty()) {
            return Optional.of("Say what changed, for example: added this quarter's price list to the context pack.");
        }
        if (text.length() > FoundationChange.MAX_DESCRIPTION) {
            return Optional.of("Keep it to " + FoundationChange.MAX_DESCRIPTION + " characters; this is "
                    + text.length() + ".");
        }
        return changes.describe(changeId, text) ? Optional.empty()
                : Optional.of("That change is no longer there, so there is nothing to describe.");
    }
}
