package ailog.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Enrollment;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.ReportWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Trained Fri 6 Nov 2026: check-ins on Sat 14, 21, 28 Nov and 5 Dec at 10:00, the review on Sat 19 Dec. */
class ProgrammePositionTest {
    private static final LocalDate TRAINED = LocalDate.parse("2026-11-06");
    private static final int HOUR = 10;

    private static Enrollment enrollment(String zone, Optional<LocalDate> pausedUntil) {
        return new Enrollment(3, "U0MEMBER1", TRAINED, List.of(new WorkflowKey("proposal")), 80, ZoneId.of(zone),
                "U0OWNER01", TRAINED.atStartOfDay(ZoneId.of(zone)).toInstant(), pausedUntil);
    }

    private static ProgrammePosition at(String instant) {
        return at(instant, Optional.empty());
    }

    private static ProgrammePosition at(String instant, Optional<LocalDate> pausedUntil) {
        return ProgrammePosition.of(enrollment("UTC", pausedUntil), Instant.parse(instant), HOUR);
    }

    @Test
    void onDay21TheMemberIsInWeek3AndTheNextCheckInIsTheMorningAfterIt() {
        ProgrammePosition position = at("2026-11-27T15:00:00Z");

        assertThat(position.week()).isEqualTo(3);
        assertThat(position.weekDays()).isEqualTo(new ReportWindow(LocalDate.parse("2026-11-21"),
                LocalDate.parse("2026-11-27")));
        assertThat(position.next()).contains(new ProgrammePosition.CheckIn(3, LocalDate.parse("2026-11-28")));
        assertThat(position.pausedUntil()).isEmpty();
    }

    @Test
    void aCheckInDayStaysNextUntilTheCheckInHourThenTheFollowingOneIs() {
        assertThat(at("2026-11-28T09:59:00Z").next())
                .contains(new ProgrammePosition.CheckIn(3, LocalDate.parse("2026-11-28")));
        assertThat(at("2026-11-28T10:00:00Z").next())
                .contains(new ProgrammePosition.CheckIn(4, LocalDate.parse("2026-12-05")));
    }

    @Test
    void onTheTrainingDayWeek1HasNotStartedAndTheFirstCheckInIsNext() {
        ProgrammePosition position = at("2026-11-06T12:00:00Z");

        assertThat(position.week()).isEqualTo(0);
        assertThat(position.next()).contains(new ProgrammePosition.CheckIn(1, LocalDate.parse("2026-11-14")));
    }

    @Test
    void aCheckInFallingInAPauseIsNotNextAsItWillNotBeSent() {
        ProgrammePosition position = at("2026-11-27T15:00:00Z", Optional.of(LocalDate.parse("2026-12-03")));

        assertThat(position.next()).contains(new ProgrammePosition.CheckIn(4, LocalDate.parse("2026-12-05")));
        assertThat(position.pausedUntil()).contains(LocalDate.parse("2026-12-03"));
    }

    @Test
    void theReviewIsSentEvenInAPauseSoItIsNextOnceNoCheckInIs() {
        assertThat(at("2026-11-27T15:00:00Z", Optional.of(LocalDate.parse("2026-12-24"))).next())
                .contains(new ProgrammePosition.Review(LocalDate.parse("2026-12-19")));
        assertThat(at("2026-12-05T10:00:00Z").next())
                .contains(new ProgrammePosition.Review(LocalDate.parse("2026-12-19")));
    }

    @Test
    void afterTheReviewNothingIsNextAndTheSixWeeksAreDone() {
        ProgrammePosition position = at("2026-12-19T10:00:00Z");

        assertThat(position.next()).isEmpty();
        assertThat(position.week()).isEqualTo(7);
    }

    @Test
    void aPauseThatHasEndedIsNotShown() {
        assertThat(at("2026-11-27T15:00:00Z", Optional.of(LocalDate.parse("2026-11-26"))).pausedUntil()).isEmpty();
        assertThat(at("2026-11-27T15:00:00Z", Optional.of(LocalDate.parse("2026-11-27"))).pausedUntil())
                .contains(LocalDate.parse("2026-11-27"));
    }

    @Test
    void weeksAndCheckInsFollowTheMembersOwnZone() {
        // 15:00 UTC on Fri 27 Nov is already Sat 28 Nov in Tokyo: day 22, week 4, the check-in at 10:00 still ahead.
        ProgrammePosition position = ProgrammePosition.of(enrollment("Asia/Tokyo", Optional.empty()),
                Instant.parse("2026-11-27T15:00:00Z"), HOUR);

        assertThat(position.today()).isEqualTo(LocalDate.parse("2026-11-28"));
        assertThat(position.week()).isEqualTo(4);
        assertThat(position.next()).contains(new ProgrammePosition.CheckIn(3, LocalDate.parse("2026-11-28")));
    }
}
