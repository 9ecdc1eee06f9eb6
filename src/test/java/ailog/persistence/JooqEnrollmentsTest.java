package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Enrollment;
import ailog.domain.WorkflowKey;
import ailog.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A member's active enrollment, as every log reply reads it (its target), against a real database. */
class JooqEnrollmentsTest {
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path folder;

    private Database database;
    private JooqEnrollments enrollments;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabase.fresh(folder));
        enrollments = new JooqEnrollments(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theActiveEnrollmentReadsBackWithEveryField() {
        Enrollment stored = enrollments.enroll(enrollment("U0ANNA", 70, "Europe/Berlin")).enrollment();
        enrollments.pause("U0ANNA", Optional.of(LocalDate.parse("2026-11-20")));

        Enrollment read = enrollments.ofMember("U0ANNA").orElseThrow();

        assertThat(read).isEqualTo(new Enrollment(stored.id(), "U0ANNA", LocalDate.parse("2026-11-01"),
                List.of(new WorkflowKey("proposal"), new WorkflowKey("status-update")), 70,
                ZoneId.of("Europe/Berlin"), "U0OWNER", AT, Optional.of(LocalDate.parse("2026-11-20"))));
        assertThat(read).isEqualTo(enrollments.find(stored.id()).orElseThrow());
    }

    @Test
    void onlyTheActiveEnrollmentCountsAndNobodyElses() {
        enrollments.enroll(enrollment("U0ANNA", 70, "UTC"));
        Enrollment second = enrollments.enroll(enrollment("U0ANNA", 90, "UTC")).enrollment();
        enrollments.enroll(enrollment("U0BEN", 60, "UTC"));

        assertThat(enrollments.ofMember("U0ANNA")).map(Enrollment::id).contains(second.id());
        assertThat(enrollments.ofMember("U0ANNA")).map(Enrollment::targetPercent).contains(90);
        assertThat(enrollments.ofMember("U0NOBODY")).isEmpty();

        enrollments.end("U0ANNA", "U0OWNER", AT.plusSeconds(60));
        assertThat(enrollments.ofMember("U0ANNA")).isEmpty();
        assertThat(enrollments.ofMember("U0BEN")).map(Enrollment::targetPercent).contains(60);
    }

    private static Enrollment enrollment(String userId, int target, String zone) {
        return new Enrollment(0, userId, LocalDate.parse("2026-11-01"),
                List.of(new WorkflowKey("proposal"), new WorkflowKey("status-update")), target, ZoneId.of(zone),
                "U0OWNER", AT, Optional.empty());
    }
}
