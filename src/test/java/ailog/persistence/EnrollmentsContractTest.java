package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.Enrollments;
import ailog.domain.Enrollment;
import ailog.domain.EnrollmentEnd;
import ailog.domain.WorkflowKey;
import ailog.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every store of enrollments must do ({@link Enrollments}), run against the jOOQ adapter on SQLite and
 * PostgreSQL: any number per member over time, at most one active, each ended one saying how it ended.
 */
class EnrollmentsContractTest {
    private static final String MEMBER = "U0MEMBER1";
    private static final Instant ENROLLED = Instant.parse("2026-11-27T15:00:00Z");

    @TempDir
    Path folder;

    private String location;
    private Database database;
    private JooqEnrollments enrollments;

    @BeforeEach
    void open() {
        location = TestDatabase.fresh(folder);
        database = Database.open(location);
        enrollments = new JooqEnrollments(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Enrollment enrollment(String member, String trainedOn, String by, Instant at) {
        return new Enrollment(0, member, LocalDate.parse(trainedOn),
                List.of(new WorkflowKey("proposal"), new WorkflowKey("brief")), 70, ZoneId.of("America/New_York"), by,
                at, Optional.empty());
    }

    private Enrollment enroll(String member) {
        return enrollments.enroll(enrollment(member, "2026-11-27", "U0OWNER", ENROLLED)).enrollment();
    }

    private static Enrollment withId(Enrollment e, long id) {
        return new Enrollment(id, e.userId(), e.trainedOn(), e.workflows(), e.targetPercent(), e.zone(),
                e.enrolledBy(), e.enrolledAt(), e.pausedUntil());
    }

    @Test
    void anEnrollmentIsStoredWithANewIdAndReadsBackAsGiven() {
        Enrollment given = new Enrollment(0, MEMBER, LocalDate.parse("2026-11-20"),
                List.of(new WorkflowKey("brief"), new WorkflowKey("cold-email"), new WorkflowKey("proposal")), 85,
                ZoneId.of("Asia/Kolkata"), "U0OWNER", Instant.parse("2026-11-21T08:15:30.250Z"), Optional.empty());

        Enrollments.Started started = enrollments.enroll(given);

        Enrollment stored = started.enrollment();
        assertThat(stored.id()).isPositive();
        assertThat(stored).isEqualTo(withId(given, stored.id()));
        assertThat(started.replaced()).isEmpty();
        assertThat(enrollments.find(stored.id())).contains(stored);
        assertThat(enrollments.ofMember(MEMBER)).contains(stored);
        assertThat(enrollments.all()).containsExactly(stored);
        assertThat(enrollments.endOf(stored.id())).isEmpty();
        assertThat(enrollments.before(stored.id())).isEmpty();
        assertThat(enrollments.find(stored.id() + 1)).isEmpty();
    }

    @Test
    void enrollingAgainEndsTheActiveEnrollmentAsReplacedByTheNewOne() {
        Enrollment first = enroll(MEMBER);
        Instant later = ENROLLED.plusSeconds(86_400 * 10);

        Enrollments.Started again = enrollments.enroll(enrollment(MEMBER, "2026-12-07", "U0OWNER2", later));

        Enrollment second = again.enrollment();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(again.replaced()).contains(first);
        assertThat(enrollments.endOf(first.id()))
                .contains(new EnrollmentEnd(first.id(), later, "U0OWNER2", Optional.of(second.id())));
        assertThat(enrollments.endOf(second.id())).isEmpty();
        assertThat(enrollments.ofMember(MEMBER)).contains(second);
        assertThat(enrollments.all()).containsExactly(second);
        assertThat(enrollments.find(first.id())).contains(first);
        assertThat(enrollments.before(second.id())).contains(first);
        assertThat(enrollments.before(first.id())).isEmpty();
    }

    @Test
    void unenrollingEndsTheActiveEnrollmentOnceAndKeepsItAsHistory() {
        Enrollment enrolled = enroll(MEMBER);
        Instant at = ENROLLED.plusSeconds(3_600);

        assertThat(enrollments.end(MEMBER, "U0OWNER2", at)).contains(enrolled);
        assertThat(enrollments.end(MEMBER, "U0OWNER2", at.plusSeconds(60))).isEmpty();

        assertThat(enrollments.endOf(enrolled.id()))
                .contains(new EnrollmentEnd(enrolled.id(), at, "U0OWNER2", Optional.empty()));
        assertThat(enrollments.ofMember(MEMBER)).isEmpty();
        assertThat(enrollments.all()).isEmpty();
        assertThat(enrollments.find(enrolled.id())).contains(enrolled);
        Enrollment back = enroll(MEMBER);
        assertThat(enrollments.before(back.id())).contains(enrolled);
        assertThat(enrollments.end("U0NOBODY", "U0OWNER", at)).isEmpty();
    }

    @Test
    void theActiveEnrollmentsAreEveryMembersOwnInTheOrderEnrolled() {
        Enrollment a = enroll("U0A");
        enroll("U0B");
        Enrollment c = enroll("U0C");
        enrollments.end("U0B", "U0OWNER", ENROLLED.plusSeconds(60));
        Enrollment aAgain = enroll("U0A");

        assertThat(enrollments.all()).containsExactly(c, aAgain);
        assertThat(enrollments.ofMember("U0B")).isEmpty();
        assertThat(enrollments.ofMember("U0C")).contains(c);
        assertThat(enrollments.before(aAgain.id())).contains(a);
        assertThat(enrollments.before(c.id())).isEmpty();
    }

    @Test
    void aPauseLastsUntilItsDayAndCanBeLiftedButOnlyOnTheActiveEnrollment() {
        Enrollment enrolled = enroll(MEMBER);
        LocalDate until = LocalDate.parse("2026-12-24");

        assertThat(enrollments.pause(MEMBER, Optional.of(until))).isTrue();
        assertThat(enrollments.ofMember(MEMBER).orElseThrow().pausedUntil()).contains(until);
        assertThat(enrollments.find(enrolled.id()).orElseThrow().pausedUntil()).contains(until);
        // the member's enrollment as a log reads it (plain JDBC) equals the one jOOQ reads, field for field
        assertThat(enrollments.ofMember(MEMBER)).isEqualTo(enrollments.find(enrolled.id()));

        assertThat(enrollments.pause(MEMBER, Optional.empty())).isTrue();
        assertThat(enrollments.ofMember(MEMBER).orElseThrow().pausedUntil()).isEmpty();

        assertThat(enrollments.pause("U0NOBODY", Optional.of(until))).isFalse();
        enrollments.end(MEMBER, "U0OWNER", ENROLLED.plusSeconds(60));
        assertThat(enrollments.pause(MEMBER, Optional.of(until))).isFalse();
        assertThat(enrollments.find(enrolled.id()).orElseThrow().pausedUntil()).isEmpty();
    }

    @Test
    void aPausedMemberEnrolledAgainStartsUnpaused() {
        enroll(MEMBER);
        enrollments.pause(MEMBER, Optional.of(LocalDate.parse("2026-12-24")));

        Enrollment again = enroll(MEMBER);

        assertThat(enrollments.ofMember(MEMBER)).contains(again);
        assertThat(again.pausedUntil()).isEmpty();
    }

    @Test
    void oneMemberEnrolledOnTwoInstancesAtOnceEndsWithOneActiveEnrollmentAndEveryOtherReplaced() {
        try (Database other = Database.open(location)) {
            List<JooqEnrollments> instances = List.of(enrollments, new JooqEnrollments(other));

            List<List<Enrollments.Started>> started = SideBySide.run(8, thread -> {
                List<Enrollments.Started> mine = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    mine.add(instances.get(thread % 2).enroll(
                            enrollment(MEMBER, "2026-11-27", "U0OWNER" + thread, ENROLLED.plusSeconds(i))));
                }
                return mine;
            });

            List<Enrollments.Started> all = started.stream().flatMap(List::stream).toList();
            List<Long> ids = all.stream().map(s -> s.enrollment().id()).toList();
            List<Long> replaced = all.stream().flatMap(s -> s.replaced().stream()).map(Enrollment::id).toList();
            Enrollment active = enrollments.ofMember(MEMBER).orElseThrow();
            assertThat(ids).hasSize(80).doesNotHaveDuplicates();
            assertThat(replaced).as("each enrollment but the active one replaced exactly once")
                    .doesNotHaveDuplicates().hasSize(79).doesNotContain(active.id());
            assertThat(enrollments.all()).containsExactly(active);
            for (Enrollments.Started each : all) {
                each.replaced().ifPresent(old -> assertThat(enrollments.endOf(old.id()).orElseThrow().replacedBy())
                        .contains(each.enrollment().id()));
            }
        }
    }
}
