package ailog.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.outbox.Composition;
import ailog.app.outbox.Message;
import ailog.app.outbox.OutboxEntry;
import ailog.domain.Feedback;
import ailog.domain.Foundation;
import ailog.domain.Obstacle;
import ailog.domain.schedule.MessageKind;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackNoticesTest {
    private static final String MEMBER = "U0MEMBER1";

    @TempDir
    Path folder;

    private FeedbackStore store;
    private FeedbackNotices notices;

    @BeforeEach
    void open() {
        store = new FeedbackStore(folder).withWorkflows("proposal");
        notices = new FeedbackNotices(store.feedbacks, store.workflows);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Composition compose(MessageKind kind, String subject) {
        return notices.compose(new OutboxEntry(1, "k", kind, FeedbackStore.OWNER_A, subject, FeedbackStore.NOW, 1),
                FeedbackStore.NOW);
    }

    @Test
    void anOwnerIsSentTheFeedbackWithTheWorkflowsName() {
        Feedback feedback = store.feedbackFrom(MEMBER, "proposal");

        assertThat(compose(MessageKind.FEEDBACK_FOR_OWNER, Long.toString(feedback.id()))).isEqualTo(
                new Composition.Send(new Message.FeedbackForOwner(feedback, "The proposal")));
    }

    @Test
    void theMemberIsSentWhatWasFixed() {
        Feedback feedback = store.feedbackFrom(MEMBER, "proposal");
        store.feedbacks.markFixed(feedback.id(), Foundation.VOICE_GUIDE, FeedbackStore.OWNER_A);
        Feedback fixed = store.feedbacks.find(feedback.id()).orElseThrow();

        assertThat(compose(MessageKind.FEEDBACK_FIXED, Long.toString(feedback.id()))).isEqualTo(
                new Composition.Send(new Message.FeedbackFixed(fixed, "The proposal")));
        assertThat(compose(MessageKind.FEEDBACK_FOR_OWNER, Long.toString(feedback.id())))
                .isInstanceOf(Composition.Skip.class);
    }

    @Test
    void anObstacleIsReadFromTheSubject() {
        assertThat(compose(MessageKind.OBSTACLE_FOR_OWNER, MEMBER + ":3:job-security")).isEqualTo(
                new Composition.Send(new Message.ObstacleForOwner(MEMBER, 3, Obstacle.JOB_SECURITY)));
    }

    @Test
    void otherKindsGoneFeedbackAndGarbageAreSkipped() {
        assertThat(compose(MessageKind.CHECKIN, "1:2")).isEqualTo(new Composition.Skip("not a feedback notice"));
        assertThat(compose(MessageKind.FEEDBACK_FOR_OWNER, "999")).isInstanceOf(Composition.Skip.class);
        assertThat(compose(MessageKind.FEEDBACK_FIXED, "x")).isInstanceOf(Composition.Skip.class);
        assertThat(compose(MessageKind.OBSTACLE_FOR_OWNER, "U1:x:no-time")).isInstanceOf(Composition.Skip.class);
        assertThat(compose(MessageKind.OBSTACLE_FOR_OWNER, "U1:2:bored")).isInstanceOf(Composition.Skip.class);
    }
}
