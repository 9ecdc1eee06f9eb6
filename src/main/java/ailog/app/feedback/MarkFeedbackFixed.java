package ailog.app.feedback;

import ailog.app.Feedbacks;
import ailog.app.outbox.Outbox;
import ailog.domain.Feedback;
import ailog.app.fixes.RecordFix;
import ailog.domain.Foundation;
import ailog.domain.FoundationChange;
import ailog.domain.Owners;
import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.Slot;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An owner marks feedback fixed in one part of the foundations: the member is then told what changed, and the fix is
 * recorded as a change to the workflow's foundations, so its effect can be shown.
 */
public final class MarkFeedbackFixed {
    /** What happened to the press. */
    public sealed interface Result {}

    /** Marked, and recorded as {@code change} to the workflow's foundations. */
    public record Marked(Feedback feedback, FoundationChange change) implements Result {}

    /** Fixed before, maybe by another owner: nothing changed. */
    public record AlreadyFixed(Feedback feedback) implements Result {}

    public record NotAnOwner() implements Result {}

    public record NotFound() implements Result {}

    private final Feedbacks feedbacks;
    private final Owners owners;
    private final Outbox outbox;
    private final Clock clock;
    private final RecordFix recordFix;

    public MarkFeedbackFixed(Feedbacks feedbacks, Owners owners, Outbox outbox, Clock clock, RecordFix recordFix) {
        this.feedbacks = feedbacks;
        this.owners = owners;
        this.outbox = outbox;
        this.clock = clock;
        this.recordFix = recordFix;
    }

    public Result mark(long feedbackId, String ownerId, Foundation fixedIn) {
        if (!owners.includes(ownerId)) {
            return new NotAnOwner();
        }
        Optional<Feedback> found = feedbacks.find(feedbackId);
        if (found.isEmpty()) {
            return new NotFound();
        }
        if (!feedbacks.markFixed(feedbackId, fixedIn, ownerId)) {
            return new AlreadyFixed(feedbacks.find(feedbackId).orElse(found.get()));
        }
        Feedback fixed = feedbacks.find(feedbackId).orElseThrow();
        Instant now = clock.instant();
        String id = Long.toString(feedbackId);
        outbox.planAll(List.of(new Slot("fixed:" + id, MessageKind.FEEDBACK_FIXED, fixed.userId(), id, now)), now);
        return new Marked(fixed, recordFix.fromFeedback(fixed, fixedIn, ownerId));
    }
}
