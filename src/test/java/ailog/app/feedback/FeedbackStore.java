package ailog.app.feedback;

import ailog.testing.TestDatabase;
import ailog.app.MemberClock;
import ailog.app.fixes.RecordFix;
import ailog.persistence.JooqFoundationChanges;

import ailog.domain.EditType;
import ailog.domain.Enrollment;
import ailog.domain.Feedback;
import ailog.domain.Owners;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.Database;
import ailog.persistence.JooqEnrollments;
import ailog.persistence.JooqFeedbacks;
import ailog.persistence.JooqObstacles;
import ailog.persistence.JooqOutbox;
import ailog.persistence.JooqWorkflows;
import ailog.testing.OutboxRows;
import ailog.testing.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A real SQLite file with the real adapters the feedback use cases need, two owners and a fixed clock. */
final class FeedbackStore implements AutoCloseable {
    static final String OWNER_A = "U0OWNERA";
    static final String OWNER_B = "U0OWNERB";
    static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");

    final TestClock clock = new TestClock(NOW);
    final Owners owners = new Owners(Set.of(OWNER_A, OWNER_B));
    final Database database;
    final JooqWorkflows workflows;
    final JooqEnrollments enrollments;
    final JooqFeedbacks feedbacks;
    final JooqObstacles obstacles;
    final JooqOutbox outbox;

    FeedbackStore(Path folder) {
        database = Database.open(TestDatabase.fresh(folder));
        workflows = new JooqWorkflows(database, clock);
        enrollments = new JooqEnrollments(database);
        feedbacks = new JooqFeedbacks(database, clock);
        obstacles = new JooqObstacles(database, clock);
        outbox = new JooqOutbox(database);
    }

    FeedbackStore withWorkflows(String... keys) {
        for (String key : keys) {
            workflows.add(new Workflow(new WorkflowKey(key), "The " + key, OWNER_A));
        }
        return this;
    }

    Enrollment enroll(String userId, String... trainedOn) {
        return enrollments.enroll(new Enrollment(0, userId, LocalDate.of(2026, 11, 1),
                Arrays.stream(trainedOn).map(WorkflowKey::new).toList(), 70, ZoneOffset.UTC, OWNER_A,
                java.time.Instant.parse("2026-11-01T00:00:00Z"), Optional.empty())).enrollment();
    }

    Feedback feedbackFrom(String userId, String workflow) {
        return feedbacks.add(userId, new WorkflowKey(workflow), EditType.TONE, "Far too formal for a customer");
    }

    GiveFeedback giveFeedback() {
        return new GiveFeedback(feedbacks, workflows, owners, outbox, clock);
    }

    MarkFeedbackFixed markFixed() {
        return new MarkFeedbackFixed(feedbacks, owners, outbox, clock, new RecordFix(
                new JooqFoundationChanges(database), feedbacks, workflows, owners, outbox,
                new MemberClock(user -> java.time.ZoneOffset.UTC, clock)));
    }

    AnswerObstacle answerObstacle() {
        return new AnswerObstacle(enrollments, obstacles, owners, outbox, clock);
    }

    List<OutboxRows.Row> outboxRows() {
        return OutboxRows.of(database);
    }

    @Override
    public void close() {
        database.close();
    }
}
