package ailog.app.feedback;

import ailog.app.Feedbacks;
import ailog.app.Workflows;
import ailog.app.outbox.Outbox;
import ailog.domain.EditType;
import ailog.domain.Feedback;
import ailog.domain.Owners;
import ailog.domain.Workflow;
import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.Slot;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A member says an output was not quite right: checked, stored, and queued for every owner. */
public final class GiveFeedback {
    /** What the member filled in; a field left empty is empty. */
    public record Request(String userId, Optional<String> workflow, Optional<String> editType, String description) {}

    /** Stored, or the problems by field. */
    public sealed interface Result {}

    public record Stored(Feedback feedback) implements Result {}

    public record Invalid(Map<FeedbackField, String> problems) implements Result {}

    private final Feedbacks feedbacks;
    private final Workflows workflows;
    private final Owners owners;
    private final Outbox outbox;
    private final Clock clock;

    public GiveFeedback(Feedbacks feedbacks, Workflows workflows, Owners owners, Outbox outbox, Clock clock) {
        this.feedbacks = feedbacks;
        this.workflows = workflows;
        this.owners = owners;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Result give(Request request) {
        Optional<Workflow> workflow = request.workflow().filter(w -> !w.isBlank()).flatMap(workflows::find);
        Optional<EditType> editType = request.editType().flatMap(EditType::parse);
        String description = request.description() == null ? "" : request.description().strip();
        Map<FeedbackField, String> problems = new EnumMap<>(FeedbackField.class);
        if (workflow.isEmpty()) {
            problems.put(FeedbackField.WORKFLOW, "Pick the workflow from the catalog.");
        }
        if (editType.isEmpty()) {
            problems.put(FeedbackField.EDIT_TYPE, "Pick what needed work.");
        }
        int length = description.codePointCount(0, description.length());
        if (length == 0 || length > Feedback.MAX_DESCRIPTION) {
            problems.put(FeedbackField.DESCRIPTION,
                    "Say what was not quite right, in up to " + Feedback.MAX_DESCRIPTION + " characters.");
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        Feedback feedback = feedbacks.add(request.userId(), workflow.get().key(), editType.get(), description);
        Instant now = clock.instant();
        String id = Long.toString(feedback.id());
        outbox.planAll(owners.userIds().stream().sorted()
                .map(owner -> new Slot("feedback:" + id + ":" + owner, MessageKind.FEEDBACK_FOR_OWNER, owner, id, now))
                .toList(), now);
        return new Stored(feedback);
    }
}
