package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.SqliteOnly;
import ailog.app.Enrollments;
import ailog.domain.Enrollment;
import ailog.domain.Obstacle;
import ailog.testing.OutboxRows;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrollments made before migration V7 keep their ids and obstacles, and may now be replaced by new rows. */
@SqliteOnly
class EnrollmentHistoryMigrationTest {
    @TempDir
    Path folder;

    @Test
    void existingEnrollmentsKeepTheirIdsAndObstaclesAndTheirWelcomeIsRecordedAsSkipped() throws SQLException {
        String url = "jdbc:sqlite:" + folder.resolve("ailog.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/common", "classpath:db/sqlite")
                .target("6").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url);
                Statement sql = connection.createStatement()) {
            sql.execute("insert into enrollment (id, user_id, trained_on, workflows, target, zone, enrolled_by,"
                    + " enrolled_at) values (12, 'U0SAM0001', '2026-10-16', 'proposal', 70, 'UTC', 'U0OWNER01',"
                    + " 1760630400000)");
            sql.execute("insert into obstacle (user_id, enrollment, week, reason, answered_at) values"
                    + " ('U0SAM0001', 12, 1, 'no-time', 1761300000000)");
            sql.execute("insert into outbox (message_key, kind, recipient, subject, due_at, status, next_attempt_at)"
                    + " values ('checkin:12:1', 'checkin', 'U0SAM0001', '12:1', 1761300000000, 'sent', 0)");
        }

        try (Database database = Database.open(url)) {
            JooqEnrollments enrollments = new JooqEnrollments(database);
            Enrollment sam = enrollments.find(12).orElseThrow();
            assertThat(sam.enrolledAt()).isEqualTo(Instant.ofEpochMilli(1760630400000L));
            JooqObstacles obstacles = new JooqObstacles(database, java.time.Clock.systemUTC());
            assertThat(obstacles.record("U0SAM0001", 12, 1, Obstacle.NO_TIME)).as("answered before").isFalse();
            assertThat(obstacles.record("U0SAM0001", 12, 2, Obstacle.NO_TIME)).as("still refers to id 12").isTrue();
            assertThat(OutboxRows.withKeyStarting(database, "welcome:12")).extracting(OutboxRows.Row::status)
                    .containsExactly("skipped");

            Enrollments.Started again = enrollments.enroll(new Enrollment(0, "U0SAM0001", sam.trainedOn()
                    .plusDays(30), sam.workflows(), 60, sam.zone(), "U0OWNER01", Instant.parse("2026-11-15T12:00:00Z"),
                    Optional.empty()));
            assertThat(again.enrollment().id()).isGreaterThan(12);
            assertThat(again.replaced()).map(Enrollment::id).contains(12L);
            assertThat(enrollments.all()).extracting(Enrollment::id).containsExactly(again.enrollment().id());
            assertThat(enrollments.endOf(12)).get().satisfies(end -> assertThat(end.reason())
                    .isEqualTo("replaced by enrollment " + again.enrollment().id()));
            assertThat(enrollments.before(again.enrollment().id())).map(Enrollment::id).contains(12L);
        }
    }
}
