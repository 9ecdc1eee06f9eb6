package ailog.persistence;

import static ailog.persistence.generated.Tables.FEEDBACK;

import ailog.app.Feedbacks;
import ailog.app.feedback.FoundationKeys;
import ailog.domain.EditType;
import ailog.domain.Feedback;
import ailog.domain.Foundation;
import ailog.domain.WorkflowKey;
import ailog.persistence.generated.tables.records.FeedbackRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** "Not quite right" feedback; {@code fixed_in} holds the foundation's key, e.g. context-pack. */
public final class JooqFeedbacks implements Feedbacks {
    private final Database database;
    private final Clock clock;

    public JooqFeedbacks(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Feedback add(String userId, WorkflowKey workflow, EditType editType, String description) {
        return database.write(dsl -> dsl.insertInto(FEEDBACK)
                .set(FEEDBACK.USER_ID, userId)
                .set(FEEDBACK.WORKFLOW_KEY, workflow.value())
                .set(FEEDBACK.EDIT_TYPE, editType.key())
                .set(FEEDBACK.DESCRIPTION, description)
                .set(FEEDBACK.CREATED_AT, clock.millis())
                .returning()
                .fetchSingle(JooqFeedbacks::toFeedback));
    }

    @Override
    public Optional<Feedback> find(long id) {
        return database.read(dsl -> dsl.selectFrom(FEEDBACK)
                .where(FEEDBACK.ID.eq(id))
                .fetchOptional(JooqFeedbacks::toFeedback));
    }

    @Override
    public boolean markFixed(long id, Foundation fixedIn, String ownerId) {
        return database.write(dsl -> dsl.update(FEEDBACK)
                .set(FEEDBACK.FIXED_IN, FoundationKeys.key(fixedIn))
                .set(FEEDBACK.FIXED_BY, ownerId)
                .set(FEEDBACK.FIXED_AT, clock.millis())
                .where(FEEDBACK.ID.eq(id))
                .and(FEEDBACK.FIXED_IN.isNull())
                .execute()) == 1;
    }

    @Override
    public List<Feedback> open() {
        return database.read(dsl -> dsl.selectFrom(FEEDBACK)
                .where(FEEDBACK.FIXED_IN.isNull())
                .orderBy(FEEDBACK.CREATED_AT, FEEDBACK.ID)
                .fetch(JooqFeedbacks::toFeedback));
    }

    private static Feedback toFeedback(FeedbackRecord r) {
        return new Feedback(
                r.getId(),
                r.getUserId(),
                new WorkflowKey(r.getWorkflowKey()),
                EditType.fromKey(r.getEditType()),
                r.getDescription(),
                Instant.ofEpochMilli(r.getCreatedAt()),
                Optional.ofNullable(r.getFixedIn()).flatMap(FoundationKeys::parse),
                Optional.ofNullable(r.getFixedBy()));
    }
}
