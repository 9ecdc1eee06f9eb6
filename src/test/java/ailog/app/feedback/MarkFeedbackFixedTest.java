package ailog.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Feedback;
import ailog.domain.Foundation;
import ailog.testing.OutboxRows;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkFeedbackFixedTest {
    private static final String MEMBER = "U0MEMBER1";

    @TempDir
    Path folder;

    private FeedbackStore store;
    private Feedback feedback;

    @BeforeEach
    void open() {
        store = new FeedbackStore(folder).withWorkflows("proposal");
        feedback = store.feedbackFrom(MEMBER, "proposal");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anOwnerMarksItFixedAndTheMemberIsQueuedANotice() {
        MarkFeedbackFixed.Result result =
                store.markFixed().mark(feedback.id(), FeedbackStore.OWNER_A, Foundation.CONTEXT_PACK);

        Feedback fixed = ((MarkFeedbackFixed.Marked) result).feedback();
        assertThat(fixed.fixedIn()).contains(Foundation.CONTEXT_PACK);
        assertThat(fixed.fixedBy()).contains(FeedbackStore.OWNER_A);
        assertThat(store.feedbacks.open()).isEmpty();
        String id = Long.toString(feedback.id());
        assertThat(store.outboxRows()).containsExactly(
                new OutboxRows.Row("fixed:" + id, "feedback-fixed", MEMBER, id, "pending"));
    }

    @Test
    void aSecondPressChangesNothingEvenByAnotherOwner() {
        store.markFixed().mark(feedback.id(), FeedbackStore.OWNER_A, Foundation.CONTEXT_PACK);
        store.clock.advance(Duration.ofMinutes(5));

        MarkFeedbackFixed.Result again =
                store.markFixed().mark(feedback.id(), FeedbackStore.OWNER_B, Foundation.TRAINING);

        Feedback unchanged = ((MarkFeedbackFixed.AlreadyFixed) again).feedback();
        assertThat(unchanged.fixedIn()).contains(Foundation.CONTEXT_PACK);
        assertThat(unchanged.fixedBy()).contains(FeedbackStore.OWNER_A);
        assertThat(store.outboxRows()).hasSize(1);
    }

    @Test
    void aMemberWhoIsNoOwnerIsRefused() {
        MarkFeedbackFixed.Result result = store.markFixed().mark(feedback.id(), MEMBER, Foundation.VOICE_GUIDE);

        assertThat(result).isEqualTo(new MarkFeedbackFixed.NotAnOwner());
        assertThat(store.feedbacks.find(feedback.id()).orElseThrow().open()).isTrue();
        assertThat(store.outboxRows()).isEmpty();
    }

    @Test
    void unknownFeedbackIsNotFound() {
        assertThat(store.markFixed().mark(feedback.id() + 99, FeedbackStore.OWNER_A, Foundation.TRAINING))
                .isEqualTo(new MarkFeedbackFixed.NotFound());
    }
}
