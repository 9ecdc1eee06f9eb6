package ailog.app.feedback;

import ailog.app.Enrollments;
import ailog.app.outbox.Outbox;
import ailog.domain.Obstacle;
import ailog.domain.Owners;
import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.Slot;
import java.time.Clock;
import java.time.Instant;

/** A member answers "what is in the way?" for a week without runs; the owners are told, once. */
public final class AnswerObstacle {
    /** What happened to the answer. */
    public sealed interface Result {}

    public record Recorded() implements Result {}

    public record AlreadyAnswered() implements Result {}

    /** No such enrollment or week, or not the presser's own. */
    public record NotYours() implements Result {}

    private final Enrollments enrollments;
    private final ObstacleAnswers answers;
    private final Owners owners;
    private final Outbox outbox;
    private final Clock clock;

    public AnswerObstacle(Enrollments enrollments, ObstacleAnswers answers, Owners owners, Outbox outbox,
            Clock clock) {
        this.enrollments = enrollments;
        this.answers = answers;
        this.owners = owners;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Result answer(String userId, long enrollmentId, int week, Obstacle obstacle) {
        boolean own = week >= 1 && enrollments.find(enrollmentId).filter(e -> e.userId().equals(userId)).isPresent();
        if (!own) {
            return new NotYours();
        }
        if (!answers.record(userId, enrollmentId, week, obstacle)) {
            return new AlreadyAnswered();
        }
        Instant now = clock.instant();
        String about = enrollmentId + ":" + week;
        String subject = userId + ":" + week + ":" + obstacle.key();
        outbox.planAll(owners.userIds().stream().sorted()
                .map(owner -> new Slot("obstacle:" + about + ":" + owner, MessageKind.OBSTACLE_FOR_OWNER, owner,
                        subject, now))
                .toList(), now);
        return new Recorded();
    }
}
