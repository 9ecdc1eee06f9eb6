package ailog.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Enrollment;
import ailog.domain.Obstacle;
import ailog.testing.OutboxRows;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerObstacleTest {
    private static final String MEMBER = "U0MEMBER1";

    @TempDir
    Path folder;

    private FeedbackStore store;
    private Enrollment enrollment;

    @BeforeEach
    void open() {
        store = new FeedbackStore(folder).withWorkflows("proposal");
        enrollment = store.enroll(MEMBER, "proposal");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theAnswerIsRecordedAndEveryOwnerIsQueuedANotice() {
        AnswerObstacle.Result result = store.answerObstacle().answer(MEMBER, enrollment.id(), 2, Obstacle.NO_TIME);

        assertThat(result).isEqualTo(new AnswerObstacle.Recorded());
        String about = "obstacle:" + enrollment.id() + ":2:";
        String subject = MEMBER + ":2:no-time";
        assertThat(store.outboxRows()).containsExactlyInAnyOrder(
                new OutboxRows.Row(about + FeedbackStore.OWNER_A, "obstacle-for-owner", FeedbackStore.OWNER_A,
                        subject, "pending"),
                new OutboxRows.Row(about + FeedbackStore.OWNER_B, "obstacle-for-owner", FeedbackStore.OWNER_B,
                        subject, "pending"));
    }

    @Test
    void aSecondAnswerForTheSameWeekIsNotRecordedButAnotherWeekIs() {
        store.answerObstacle().answer(MEMBER, enrollment.id(), 2, Obstacle.NO_TIME);

        assertThat(store.answerObstacle().answer(MEMBER, enrollment.id(), 2, Obstacle.JOB_SECURITY))
                .isEqualTo(new AnswerObstacle.AlreadyAnswered());
        assertThat(store.outboxRows()).allMatch(row -> row.subject().endsWith("no-time"));
        assertThat(store.answerObstacle().answer(MEMBER, enrollment.id(), 3, Obstacle.JOB_SECURITY))
                .isEqualTo(new AnswerObstacle.Recorded());
        assertThat(store.outboxRows()).hasSize(4);
    }

    @Test
    void onlyTheEnrolledMemberMayAnswer() {
        AnswerObstacle answer = store.answerObstacle();

        assertThat(answer.answer("U0SOMEONE", enrollment.id(), 2, Obstacle.NO_TIME))
                .isEqualTo(new AnswerObstacle.NotYours());
        assertThat(answer.answer(MEMBER, enrollment.id() + 1, 2, Obstacle.NO_TIME))
                .isEqualTo(new AnswerObstacle.NotYours());
        assertThat(answer.answer(MEMBER, enrollment.id(), 0, Obstacle.NO_TIME))
                .isEqualTo(new AnswerObstacle.NotYours());
        assertThat(store.outboxRows()).isEmpty();
    }
}
