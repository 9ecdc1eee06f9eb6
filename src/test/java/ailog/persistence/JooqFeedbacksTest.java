package ailog.persistence;

import static ailog.persistence.generated.Tables.FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.TestDatabase;
import ailog.domain.EditType;
import ailog.domain.Enrollment;
import ailog.domain.Feedback;
import ailog.domain.Foundation;
import ailog.domain.Obstacle;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.testing.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feedback and obstacle adapters against a real SQLite file. */
class JooqFeedbacksTest {
    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");

    @TempDir
    Path folder;

    private Database database;
    private JooqFeedbacks feedbacks;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabase.fresh(folder));
        TestClock clock = new TestClock(NOW);
        new JooqWorkflows(database, clock).add(new Workflow(new WorkflowKey("proposal"), "Proposal", "U0OWNER"));
        feedbacks = new JooqFeedbacks(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void feedbackReadsBackAsStored() {
        Feedback added = feedbacks.add("U0M", new WorkflowKey("proposal"), EditType.WRONG_INFO, "Old prices");

        assertThat(feedbacks.find(added.id())).contains(new Feedback(added.id(), "U0M", new WorkflowKey("proposal"),
                EditType.WRONG_INFO, "Old prices", NOW, Optional.empty(), Optional.empty()));
        assertThat(feedbacks.open()).containsExactly(added);
        assertThat(feedbacks.find(added.id() + 1)).isEmpty();
    }

    @Test
    void fixedInIsStoredAsTheFoundationsKeyAndOnlyOnce() {
        Feedback added = feedbacks.add("U0M", new WorkflowKey("proposal"), EditType.TONE, "Stiff");

        assertThat(feedbacks.markFixed(added.id(), Foundation.CONTEXT_PACK, "U0OWNER")).isTrue();
        assertThat(feedbacks.markFixed(added.id(), Foundation.VOICE_GUIDE, "U0OTHER")).isFalse();

        String stored = database.read(dsl -> dsl.select(FEEDBACK.FIXED_IN).from(FEEDBACK).fetchSingle().value1());
        assertThat(stored).isEqualTo("context-pack");
        Feedback fixed = feedbacks.find(added.id()).orElseThrow();
        assertThat(fixed.fixedIn()).contains(Foundation.CONTEXT_PACK);
        assertThat(fixed.fixedBy()).contains("U0OWNER");
        assertThat(feedbacks.open()).isEmpty();
    }

    @Test
    void everyFoundationFitsTheSchema() {
        for (Foundation foundation : Foundation.values()) {
            Feedback added = feedbacks.add("U0M", new WorkflowKey("proposal"), EditType.SCOPE, "x");
            feedbacks.markFixed(added.id(), foundation, "U0OWNER");
            assertThat(feedbacks.find(added.id()).orElseThrow().fixedIn()).contains(foundation);
        }
    }

    @Test
    void anObstacleIsRecordedOncePerEnrollmentAndWeek() {
        Enrollment enrollment = new JooqEnrollments(database).enroll(new Enrollment(0, "U0M",
                LocalDate.of(2026, 11, 1), List.of(new WorkflowKey("proposal")), 70, ZoneOffset.UTC, "U0OWNER",
                java.time.Instant.parse("2026-11-01T00:00:00Z"), Optional.empty())).enrollment();
        JooqObstacles obstacles = new JooqObstacles(database, new TestClock(NOW));

        assertThat(obstacles.record("U0M", enrollment.id(), 1, Obstacle.NO_TIME)).isTrue();
        assertThat(obstacles.record("U0M", enrollment.id(), 1, Obstacle.BAD_EXPERIENCE)).isFalse();
        assertThat(obstacles.record("U0M", enrollment.id(), 2, Obstacle.BAD_EXPERIENCE)).isTrue();
    }
}
