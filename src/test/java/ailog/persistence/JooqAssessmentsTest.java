package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.TestDatabase;
import ailog.domain.Enrollment;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.Answer;
import ailog.domain.metrics.Frequency;
import ailog.domain.metrics.SixWeekAssessment;
import ailog.domain.metrics.Verdict;
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

/** Assessments as given, against a real SQLite file: read back whole, and the first one kept for good. */
class JooqAssessmentsTest {
    private static final Instant GIVEN = Instant.parse("2027-01-09T15:00:00Z");

    @TempDir
    Path folder;

    private Database database;
    private JooqEnrollments enrollments;
    private JooqAssessments assessments;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabase.fresh(folder));
        enrollments = new JooqEnrollments(database);
        assessments = new JooqAssessments(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Enrollment enroll(String user, int target) {
        return enrollments.enroll(new Enrollment(0, user, LocalDate.parse("2026-11-27"),
                List.of(new WorkflowKey("proposal")), target, ZoneId.of("America/New_York"), "U0OWNER",
                Instant.parse("2026-11-27T15:00:00Z"), Optional.empty())).enrollment();
    }

    @Test
    void anAssessmentReadsBackWithItsRulesFiguresAndVerdict() {
        Enrollment sam = enroll("U0SAM", 70);
        SixWeekAssessment given = new SixWeekAssessment(sam, new Frequency(2, 14), new AcceptanceRate(3, 6),
                List.of()).givenAt(GIVEN);

        SixWeekAssessment stored = assessments.keep(given);

        assertThat(stored).isEqualTo(given);
        assertThat(stored.verdict()).isEqualTo(Verdict.REVERTED);
        assertThat(stored.also()).containsExactly(Verdict.QUALITY_BAR_NOT_MET, Verdict.STABLE_NOT_DEEPENING);
        assertThat(stored.quality()).isEqualTo(Answer.NO);
        assertThat(stored.rules().qualityWeeks().from()).isEqualTo(LocalDate.parse("2026-12-12"));
        assertThat(stored.givenOn()).contains(LocalDate.parse("2027-01-09"));
        assertThat(assessments.dueBetween(LocalDate.parse("2027-01-08"), LocalDate.parse("2027-01-08")))
                .containsExactly(given);
        assertThat(assessments.dueBetween(LocalDate.parse("2027-01-09"), LocalDate.parse("2027-01-15"))).isEmpty();
    }

    @Test
    void theFirstAssessmentKeptForAnEnrollmentStaysWhenASecondComesLater() {
        Enrollment sam = enroll("U0SAM", 70);
        SixWeekAssessment first = new SixWeekAssessment(sam, new Frequency(7, 14), new AcceptanceRate(6, 8),
                List.of(new WorkflowKey("status-update"))).givenAt(GIVEN);
        assessments.keep(first);

        SixWeekAssessment later = new SixWeekAssessment(sam, new Frequency(1, 14), new AcceptanceRate(1, 8),
                List.of()).givenAt(GIVEN.plusSeconds(60));

        assertThat(assessments.keep(later)).isEqualTo(first);
        assertThat(assessments.of(sam.id())).contains(first);
        assertThat(first.verdict()).isEqualTo(Verdict.ADOPTION_WORKING);
    }
}
