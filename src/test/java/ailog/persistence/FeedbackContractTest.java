package ailog.persistence;

import static ailog.persistence.generated.Tables.FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.Feedbacks;
import ailog.app.feedback.ObstacleAnswers;
import ailog.domain.EditType;
import ailog.domain.Enrollment;
import ailog.domain.Feedback;
import ailog.domain.Foundation;
import ailog.domain.Obstacle;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.testing.TestClock;
import ailog.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every store of feedback must do ({@link Feedbacks}, {@link ObstacleAnswers}), run against the jOOQ adapters
 * on SQLite and PostgreSQL: feedback created, fixed once, listed while open; one obstacle answer per enrollment and
 * week.
 */
class FeedbackContractTest {
    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    private static final WorkflowKey PROPOSAL = new WorkflowKey("proposal");

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(NOW);
    private String location;
    private Database database;
    private JooqFeedbacks feedbacks;

    @BeforeEach
    void open() {
        location = TestDatabase.fresh(folder);
        database = Database.open(location);
        new JooqWorkflows(database, clock).add(new Workflow(PROPOSAL, "Proposal", "U0OWNER"));
        new JooqWorkflows(database, clock).add(new Workflow(new WorkflowKey("brief"), "Brief", "U0OWNER"));
        feedbacks = new JooqFeedbacks(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void feedbackIsCreatedOpenAndReadsBackAsGiven() {
        Feedback added = feedbacks.add("U0M", PROPOSAL, EditType.WRONG_INFO, "Old prices « 2025 » & <VAT> ✓");

        assertThat(added).isEqualTo(new Feedback(added.id(), "U0M", PROPOSAL, EditType.WRONG_INFO,
                "Old prices « 2025 » & <VAT> ✓", NOW, Optional.empty(), Optional.empty()));
        assertThat(feedbacks.find(added.id())).contains(added);
        assertThat(feedbacks.find(added.id() + 1)).isEmpty();
    }

    @Test
    void feedbackIsFixedOnceAndTheFirstFixStands() {
        Feedback added = feedbacks.add("U0M", PROPOSAL, EditType.TONE, "Stiff");
        clock.advance(Duration.ofHours(1));

        assertThat(feedbacks.markFixed(added.id(), Foundation.CONTEXT_PACK, "U0OWNER")).isTrue();
        assertThat(feedbacks.markFixed(added.id(), Foundation.VOICE_GUIDE, "U0OTHER")).isFalse();

        Feedback fixed = feedbacks.find(added.id()).orElseThrow();
        assertThat(fixed.fixedIn()).contains(Foundation.CONTEXT_PACK);
        assertThat(fixed.fixedBy()).contains("U0OWNER");
        assertThat(fixed.createdAt()).isEqualTo(NOW);
        assertThat(feedbacks.markFixed(added.id() + 1, Foundation.TRAINING, "U0OWNER")).isFalse();
    }

    @Test
    void theFoundationIsStoredAsItsKey() {
        Feedback added = feedbacks.add("U0M", PROPOSAL, EditType.TONE, "Stiff");
        feedbacks.markFixed(added.id(), Foundation.CONTEXT_PACK, "U0OWNER");

        String stored = database.read(dsl -> dsl.select(FEEDBACK.FIXED_IN).from(FEEDBACK).fetchSingle().value1());
        assertThat(stored).isEqualTo("context-pack");
    }

    @Test
    void everyFoundationFitsTheSchema() {
        for (Foundation foundation : Foundation.values()) {
            Feedback added = feedbacks.add("U0M", PROPOSAL, EditType.SCOPE, "x");
            feedbacks.markFixed(added.id(), foundation, "U0OWNER");
            assertThat(feedbacks.find(added.id()).orElseThrow().fixedIn()).contains(foundation);
        }
    }

    @Test
    void theOpenFeedbackIsListedOldestFirstWithoutWhatWasFixed() {
        clock.advance(Duration.ofMinutes(10));
        Feedback newest = feedbacks.add("U0A", PROPOSAL, EditType.TONE, "newest");
        clock.set(NOW);
        Feedback oldest = feedbacks.add("U0B", new WorkflowKey("brief"), EditType.FORMAT, "oldest");
        Feedback fixed = feedbacks.add("U0C", PROPOSAL, EditType.SCOPE, "fixed");
        Feedback sameInstant = feedbacks.add("U0D", PROPOSAL, EditType.MISSING_INFO, "same instant, added later");
        feedbacks.markFixed(fixed.id(), Foundation.WORKFLOW_PROMPT, "U0OWNER");

        assertThat(feedbacks.open()).containsExactly(oldest, sameInstant, newest);
    }

    @Test
    void feedbackMarkedFixedOnTwoInstancesAtOnceIsFixedOnce() {
        Feedback added = feedbacks.add("U0M", PROPOSAL, EditType.TONE, "Stiff");
        try (Database other = Database.open(location)) {
            List<JooqFeedbacks> instances = List.of(feedbacks, new JooqFeedbacks(other, clock));

            Foundation[] foundations = Foundation.values();
            List<Boolean> fixed = SideBySide.run(8, thread -> instances.get(thread % 2)
                    .markFixed(added.id(), foundations[thread % foundations.length], "U0OWNER" + thread));

            assertThat(fixed).containsOnlyOnce(true);
            int winner = fixed.indexOf(true);
            assertThat(feedbacks.find(added.id()).orElseThrow().fixedBy()).contains("U0OWNER" + winner);
        }
    }

    @Test
    void anObstacleIsRecordedOncePerEnrollmentAndWeek() {
        JooqEnrollments enrollments = new JooqEnrollments(database);
        Enrollment first = enrollments.enroll(enrollment("U0M")).enrollment();
        Enrollment second = enrollments.enroll(enrollment("U0M")).enrollment();
        JooqObstacles obstacles = new JooqObstacles(database, clock);

        assertThat(obstacles.record("U0M", first.id(), 1, Obstacle.NO_TIME)).isTrue();
        assertThat(obstacles.record("U0M", first.id(), 1, Obstacle.BAD_EXPERIENCE)).isFalse();
        assertThat(obstacles.record("U0M", first.id(), 2, Obstacle.BAD_EXPERIENCE)).isTrue();
        assertThat(obstacles.record("U0M", second.id(), 1, Obstacle.JOB_SECURITY)).isTrue();
    }

    @Test
    void anObstacleAnsweredOnTwoInstancesAtOnceIsRecordedOnce() {
        Enrollment enrolled = new JooqEnrollments(database).enroll(enrollment("U0M")).enrollment();
        try (Database other = Database.open(location)) {
            List<JooqObstacles> instances =
                    List.of(new JooqObstacles(database, clock), new JooqObstacles(other, clock));

            List<Boolean> recorded = SideBySide.run(8, thread -> instances.get(thread % 2)
                    .record("U0M", enrolled.id(), 3, Obstacle.values()[thread % Obstacle.values().length]));

            assertThat(recorded).containsOnlyOnce(true);
        }
    }

    private static Enrollment enrollment(String member) {
        return new Enrollment(0, member, LocalDate.of(2026, 11, 1), List.of(PROPOSAL), 70, ZoneOffset.UTC, "U0OWNER",
                Instant.parse("2026-11-01T00:00:00Z"), Optional.empty());
    }
}
