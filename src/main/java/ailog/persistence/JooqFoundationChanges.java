package ailog.persistence;

import static ailog.persistence.generated.Tables.FOUNDATION_CHANGE;
import static ailog.persistence.generated.Tables.FOUNDATION_CHANGE_REPORTER;

import ailog.app.feedback.FoundationKeys;
import ailog.app.fixes.FoundationChanges;
import ailog.domain.Foundation;
import ailog.domain.FoundationChange;
import ailog.domain.WorkflowKey;
import ailog.persistence.generated.tables.records.FoundationChangeRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Foundation changes in SQLite; {@code foundation} holds its key, e.g. context-pack. */
public final class JooqFoundationChanges implements FoundationChanges {
    private final Database database;

    public JooqFoundationChanges(Database database) {
        this.database = database;
    }

    @Override
    public FoundationChange add(WorkflowKey workflow, Foundation foundation, String description, String author,
            Instant at, LocalDate on, Optional<Long> feedbackId) {
        return database.write(dsl -> dsl.insertInto(FOUNDATION_CHANGE)
                .set(FOUNDATION_CHANGE.WORKFLOW_KEY, workflow.value())
                .set(FOUNDATION_CHANGE.FOUNDATION, FoundationKeys.key(foundation))
                .set(FOUNDATION_CHANGE.DESCRIPTION, description)
                .set(FOUNDATION_CHANGE.AUTHOR, author)
                .set(FOUNDATION_CHANGE.CHANGED_AT, at.toEpochMilli())
                .set(FOUNDATION_CHANGE.CHANGED_ON, on.toString())
                .set(FOUNDATION_CHANGE.FEEDBACK_ID, feedbackId.orElse(null))
                .returning()
                .fetchSingle(JooqFoundationChanges::toChange));
    }

    @Override
    public Optional<FoundationChange> find(long id) {
        return database.read(dsl -> dsl.selectFrom(FOUNDATION_CHANGE)
                .where(FOUNDATION_CHANGE.ID.eq(id))
                .fetchOptional(JooqFoundationChanges::toChange));
    }

    @Override
    public boolean describe(long id, String description) {
        return database.write(dsl -> dsl.update(FOUNDATION_CHANGE)
                .set(FOUNDATION_CHANGE.DESCRIPTION, description)
                .where(FOUNDATION_CHANGE.ID.eq(id))
                .execute()) == 1;
    }

    @Override
    public List<FoundationChange> ofWorkflow(WorkflowKey workflow) {
        return database.read(dsl -> dsl.selectFrom(FOUNDATION_CHANGE)
                .where(FOUNDATION_CHANGE.WORKFLOW_KEY.eq(workflow.value()))
                .orderBy(FOUNDATION_CHANGE.CHANGED_AT, FOUNDATION_CHANGE.ID)
                .fetch(JooqFoundationChanges::toChange));
    }

    @Override
    public List<FoundationChange> all() {
        return database.read(dsl -> dsl.selectFrom(FOUNDATION_CHANGE)
                .orderBy(FOUNDATION_CHANGE.CHANGED_AT, FOUNDATION_CHANGE.ID)
                .fetch(JooqFoundationChanges::toChange));
    }

    @Override
    public void addReporters(long changeId, Collection<String> userIds) {
        database.write(dsl -> {
            for (String userId : userIds) {
                dsl.insertInto(FOUNDATION_CHANGE_REPORTER)
                        .set(FOUNDATION_CHANGE_REPORTER.CHANGE_ID, changeId)
                        .set(FOUNDATION_CHANGE_REPORTER.USER_ID, userId)
                        .onConflictDoNothing()
                        .execute();
            }
            return null;
        });
    }

    @Override
    public List<String> reporters(long changeId) {
        return database.read(dsl -> dsl.select(FOUNDATION_CHANGE_REPORTER.USER_ID)
                .from(FOUNDATION_CHANGE_REPORTER)
                .where(FOUNDATION_CHANGE_REPORTER.CHANGE_ID.eq(changeId))
                .orderBy(FOUNDATION_CHANGE_REPORTER.USER_ID)
                .fetch(FOUNDATION_CHANGE_REPORTER.USER_ID));
    }

    private static FoundationChange toChange(FoundationChangeRecord r) {
        return new FoundationChange(
                r.getId(),
                new WorkflowKey(r.getWorkflowKey()),
                FoundationKeys.parse(r.getFoundation()).orElseThrow(),
                r.getDescription(),
                r.getAuthor(),
                Instant.ofEpochMilli(r.getChangedAt()),
                LocalDate.parse(r.getChangedOn()),
                Optional.ofNullable(r.getFeedbackId()));
    }
}
