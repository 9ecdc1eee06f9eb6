package ailog.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Feedback;
import ailog.domain.Foundation;
import ailog.domain.Workflow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the feedback form offers, and what an owner's Home tab lists. */
class FeedbackQueriesTest {
    @TempDir
    Path folder;

    private FeedbackStore store;

    @BeforeEach
    void open() {
        store = new FeedbackStore(folder).withWorkflows("invoice", "newsletter", "proposal");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> offeredTo(String userId) {
        return new FeedbackChoices(store.workflows, store.enrollments).forMember(userId).stream()
                .map(Workflow::key).map(Object::toString).toList();
    }

    @Test
    void theFormOffersTheMembersTrainedWorkflowsFirst() {
        store.enroll("U0TRAINED", "proposal", "newsletter");

        assertThat(offeredTo("U0TRAINED")).containsExactly("newsletter", "proposal", "invoice");
        assertThat(offeredTo("U0OTHER")).containsExactly("invoice", "newsletter", "proposal");
    }

    @Test
    void ownersSeeOpenFeedbackOldestFirstAndOthersSeeNothing() {
        Feedback first = store.feedbackFrom("U0A", "proposal");
        Feedback fixed = store.feedbackFrom("U0B", "invoice");
        Feedback last = store.feedbackFrom("U0C", "newsletter");
        store.feedbacks.markFixed(fixed.id(), Foundation.TRAINING, FeedbackStore.OWNER_A);
        OpenFeedback open = new OpenFeedback(store.feedbacks, store.workflows, store.owners);

        assertThat(open.forOwner(FeedbackStore.OWNER_B).orElseThrow()).containsExactly(
                new OpenFeedback.Item(first, "The proposal"), new OpenFeedback.Item(last, "The newsletter"));
        assertThat(open.forOwner("U0A")).isEmpty();
    }
}
