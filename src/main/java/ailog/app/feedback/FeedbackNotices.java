package ailog.app.feedback;

import ailog.app.Feedbacks;
import ailog.app.Workflows;
import ailog.app.outbox.Composer;
import ailog.app.outbox.Composition;
import ailog.app.outbox.Message;
import ailog.app.outbox.OutboxEntry;
import ailog.domain.Feedback;
import ailog.domain.Obstacle;
import ailog.domain.Workflow;
import java.time.Instant;
import java.util.Optional;

/** Composes the feedback and obstacle notices from the data as it is when they are sent. */
public final class FeedbackNotices implements Composer {
    private final Feedbacks feedbacks;
    private final Workflows workflows;

    public FeedbackNotices(Feedbacks feedbacks, Workflows workflows) {
        this.feedbacks = feedbacks;
        this.workflows = workflows;
    }

    @Override
    public Composition compose(OutboxEntry entry, Instant now) {
        return switch (entry.kind()) {
            case FEEDBACK_FOR_OWNER -> feedback(entry).<Composition>map(f -> f.open()
                            ? new Composition.Send(new Message.FeedbackForOwner(f, workflowName(f)))
                            : new Composition.Skip("fixed before the owner was told"))
                    .orElse(new Composition.Skip("the feedback is gone"));
            case FEEDBACK_FIXED -> feedback(entry)
                    .<Composition>map(f -> new Composition.Send(new Message.FeedbackFixed(f, workflowName(f))))
                    .orElse(new Composition.Skip("the feedback is gone"));
            case OBSTACLE_FOR_OWNER -> obstacle(entry.subject());
            default -> new Composition.Skip("not a feedback notice");
        };
    }

    private Optional<Feedback> feedback(OutboxEntry entry) {
        try {
            return feedbacks.find(Long.parseLong(entry.subject()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String workflowName(Feedback feedback) {
        return workflows.find(feedback.workflow().value()).map(Workflow::name).orElse(feedback.workflow().value());
    }

    /** The subject is "member:week:obstacle-key". */
    private static Composition obstacle(String subject) {
        String[] parts = subject.split(":");
        Optional<Obstacle> obstacle = parts.length == 3 ? Obstacle.fromKey(parts[2]) : Optional.empty();
        if (obstacle.isEmpty() || !parts[1].matches("\\d{1,3}")) {
            return new Composition.Skip("unreadable obstacle subject " + subject);
        }
        return new Composition.Send(new Message.ObstacleForOwner(parts[0], Integer.parseInt(parts[1]), obstacle.get()));
    }
}
