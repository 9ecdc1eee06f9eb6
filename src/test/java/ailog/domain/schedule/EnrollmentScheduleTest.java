package ailog.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Enrollment;
import ailog.domain.WorkflowKey;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnrollmentScheduleTest {
    private static Enrollment trained(String day, String zone) {
        return new Enrollment(7, "U0MEMBER1", LocalDate.parse(day), List.of(new WorkflowKey("proposal")), 70,
                ZoneId.of(zone), "U0OWNER01", LocalDate.parse(day).atStartOfDay(ZoneId.of(zone)).toInstant(),
                Optional.empty());
    }

    private static Instant checkIn(Enrollment enrollment, int week, int hour) {
        return EnrollmentSchedule.slots(enrollment, hour, Set.of()).stream()
                .filter(slot -> slot.key().equals("checkin:7:" + week))
                .findFirst().orElseThrow().dueAt();
    }

    @ParameterizedTest(name = "{1}: trained {0}, week {2} check-in at {4}")
    @CsvSource({
        // zone, across which change: the check-in keeps 10:00 local on day 7k + 1, the morning after week k
        "2026-10-24, America/New_York,   1, 10, 2026-11-01T15:00:00Z", // the day New York leaves summer time
        "2027-03-06, America/New_York,   1, 10, 2027-03-14T14:00:00Z", // the day it enters summer time
        "2026-10-17, Europe/Berlin,      1, 10, 2026-10-25T09:00:00Z", // Berlin leaves summer time
        "2027-03-20, Europe/Berlin,      1, 10, 2027-03-28T08:00:00Z", // Berlin enters summer time
        "2026-11-26, Asia/Tokyo,         4, 10, 2026-12-25T01:00:00Z", // no daylight saving at all
        "2026-09-26, Australia/Lord_Howe, 1, 10, 2026-10-03T23:00:00Z", // half-hour jump forward (+11)
        "2027-03-27, Australia/Lord_Howe, 1, 10, 2027-04-03T23:30:00Z", // half-hour jump back (+10:30)
        // an hour that does not exist moves forward; an hour that happens twice is taken the first time
        "2027-03-06, America/New_York,   1, 2,  2027-03-14T07:00:00Z",
        "2026-10-24, America/New_York,   1, 1,  2026-11-01T05:00:00Z",
        "2026-09-26, Australia/Lord_Howe, 1, 2, 2026-10-03T15:30:00Z"
    })
    void checkInsAreAtTheCheckInHourOnTheMembersOwnDay(String trainedOn, String zone, int week, int hour,
            String expected) {
        assertThat(checkIn(trained(trainedOn, zone), week, hour)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void anEnrollmentBringsAWelcomeFourCheckInsTwoNudgesAndTheAssessmentForMemberAndEachOwner() {
        Enrollment enrollment = trained("2026-11-27", "Europe/Berlin");
        List<Slot> slots = EnrollmentSchedule.slots(enrollment, 10, Set.of("U0OWNER01", "U0OWNER02"));
        assertThat(slots).extracting(Slot::key).containsExactlyInAnyOrder("welcome:7",
                "nudge:7:1", "nudge:7:2", "checkin:7:1", "checkin:7:2", "checkin:7:3", "checkin:7:4",
                "assessment:7", "assessment:7:U0OWNER01", "assessment:7:U0OWNER02");
        assertThat(slots).extracting(Slot::key).doesNotHaveDuplicates();
        assertThat(slots).filteredOn(s -> s.kind() == MessageKind.NUDGE).extracting(Slot::dueAt)
                .containsExactly(Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-08T09:00:00Z"));
        assertThat(slots).filteredOn(s -> s.kind() == MessageKind.ASSESSMENT_OWNER).extracting(Slot::dueAt)
                .containsOnly(Instant.parse("2027-01-09T09:00:00Z")); // the morning after day 42
        assertThat(slots.get(0).dueAt()).isEqualTo(enrollment.enrolledAt()); // the welcome: as soon as enrolled
    }

    @Test
    void whatWasDueBeforeTheMemberWasEnrolledIsSkippedAndTheRestComesOnItsDays() {
        Enrollment late = new Enrollment(7, "U0MEMBER1", LocalDate.parse("2026-11-12"),
                List.of(new WorkflowKey("proposal")), 70, ZoneId.of("Europe/Berlin"), "U0OWNER01",
                Instant.parse("2026-11-27T15:00:00Z"), Optional.empty());
        EnrollmentPlan plan = EnrollmentPlan.of(late, 10);
        // day 15 (27 Nov) 10:00 in Berlin was 09:00Z, before the enrollment at 15:00Z
        assertThat(plan.skipped()).extracting(m -> m.kind() + " " + m.week() + " " + m.day()).containsExactly(
                "NUDGE 1 2026-11-16", "CHECKIN 1 2026-11-20", "NUDGE 2 2026-11-23", "CHECKIN 2 2026-11-27");
        assertThat(plan.certainUpcoming()).extracting(Milestone::day).containsExactly(LocalDate.parse("2026-12-04"),
                LocalDate.parse("2026-12-11"), LocalDate.parse("2026-12-25"));
        assertThat(EnrollmentSchedule.slots(late, 10, Set.of()))
                .filteredOn(slot -> EnrollmentSchedule.dueBeforeEnrolling(slot, late)).extracting(Slot::key)
                .containsExactly("nudge:7:1", "checkin:7:1", "nudge:7:2", "checkin:7:2");
    }

    @Test
    void aSlotIsDueFromItsInstantAndTooLateAfterThreeDays() {
        Slot slot = new Slot("k", MessageKind.CHECKIN, "U1", "1:1", Instant.parse("2026-12-04T09:00:00Z"));
        assertThat(slot.isDueBy(Instant.parse("2026-12-04T08:59:59Z"))).isFalse();
        assertThat(slot.isDueBy(Instant.parse("2026-12-04T09:00:00Z"))).isTrue();
        assertThat(slot.isTooLateAt(Instant.parse("2026-12-07T09:00:00Z"))).isFalse();
        assertThat(slot.isTooLateAt(Instant.parse("2026-12-07T09:00:01Z"))).isTrue();
    }

    @ParameterizedTest(name = "{0} at {1}: report of {2}")
    @CsvSource({
        "Europe/Berlin,    2026-11-30T07:59:00Z, 2026-11-23", // Monday 08:59 in Berlin: last week's report
        "Europe/Berlin,    2026-11-30T08:00:00Z, 2026-11-30", // Monday 09:00 in Berlin: this week's
        "America/New_York, 2026-11-30T13:59:00Z, 2026-11-23",
        "America/New_York, 2026-11-30T14:00:00Z, 2026-11-30",
        "Asia/Tokyo,       2026-11-30T00:00:00Z, 2026-11-30", // already Monday 09:00 in Tokyo
        "Australia/Lord_Howe, 2026-10-04T22:00:00Z, 2026-10-05" // Monday 09:00 at +11 after the jump
    })
    void theWeeklyReportIsDueOnTheReportDayAtTheReportHourInTheOwnersZone(String zone, String now,
            String reportDay) {
        Slot slot = ReportSchedule.latestDue("U0OWNER01", ZoneId.of(zone), DayOfWeek.MONDAY, 9, Instant.parse(now))
                .orElseThrow();
        assertThat(slot.key()).isEqualTo("report:U0OWNER01:" + reportDay);
        assertThat(slot.isDueBy(Instant.parse(now))).isTrue();
    }
}
