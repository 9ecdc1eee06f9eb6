package ailog.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.Feedback;
import ailog.testing.OutboxRows;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GiveFeedbackTest {
    private static final String MEMBER = "U0MEMBER1";

    @TempDir
    Path folder;

    private FeedbackStore store;

    @BeforeEach
    void open() {
        store = new FeedbackStore(folder).withWorkflows("proposal", "newsletter");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private GiveFeedback.Result give(String workflow, String editType, String description) {
        return store.giveFeedback().give(new GiveFeedback.Request(MEMBER, Optional.ofNullable(workflow),
                Optional.ofNullable(editType), description));
    }

    @Test
    void feedbackIsStoredTrimmedAndQueuedForEveryOwner() {
        GiveFeedback.Result result = give("proposal", "missing-info", "  It left out the pricing table \n");

        Feedback stored = ((GiveFeedback.Stored) result).feedback();
        assertThat(store.feedbacks.find(stored.id())).contains(stored);
        assertThat(stored.userId()).isEqualTo(MEMBER);
        assertThat(stored.workflow().value()).isEqualTo("proposal");
        assertThat(stored.editType()).isEqualTo(EditType.MISSING_INFO);
        assertThat(stored.description()).isEqualTo("It left out the pricing table");
        assertThat(stored.createdAt()).isEqualTo(FeedbackStore.NOW);
        assertThat(stored.open()).isTrue();
        String id = Long.toString(stored.id());
        assertThat(store.outboxRows()).containsExactlyInAnyOrder(
                new OutboxRows.Row("feedback:" + id + ":" + FeedbackStore.OWNER_A, "feedback-for-owner",
                        FeedbackStore.OWNER_A, id, "pending"),
                new OutboxRows.Row("feedback:" + id + ":" + FeedbackStore.OWNER_B, "feedback-for-owner",
                        FeedbackStore.OWNER_B, id, "pending"));
    }

    @Test
    void everyMissingFieldIsNamedAndNothingIsStored() {
        GiveFeedback.Result result = give(null, null, "   ");

        assertThat(((GiveFeedback.Invalid) result).problems()).containsOnlyKeys(
                FeedbackField.WORKFLOW, FeedbackField.EDIT_TYPE, FeedbackField.DESCRIPTION);
        assertThat(store.feedbacks.open()).isEmpty();
        assertThat(store.outboxRows()).isEmpty();
    }

    @Test
    void aWorkflowNotInTheCatalogOrAnUnknownEditTypeIsRefused() {
        GiveFeedback.Result result = give("invoice", "vibes", "Wrong totals");

        assertThat(((GiveFeedback.Invalid) result).problems())
                .containsOnlyKeys(FeedbackField.WORKFLOW, FeedbackField.EDIT_TYPE);
        assertThat(store.feedbacks.open()).isEmpty();
    }

    @Test
    void aDescriptionOfTwoThousandCharactersIsKeptButOneMoreIsRefused() {
        assertThat(give("proposal", "tone", "x".repeat(2000))).isInstanceOf(GiveFeedback.Stored.class);
        GiveFeedback.Result tooLong = give("proposal", "tone", "x".repeat(2001));
        assertThat(((GiveFeedback.Invalid) tooLong).problems()).containsOnlyKeys(FeedbackField.DESCRIPTION);
        assertThat(store.feedbacks.open()).hasSize(1);
    }
}
