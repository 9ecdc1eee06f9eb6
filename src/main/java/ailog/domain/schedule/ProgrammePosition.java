package ailog.domain.schedule;

import ailog.domain.Enrollment;
import ailog.domain.metrics.ReportWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where an enrolled member stands in the six-week programme at one instant: the week they are in, the next scheduled
 * message they will get, and the pause that holds their check-ins back.
 */
public record ProgrammePosition(Enrollment enrollment, LocalDate today, Optional<Next> next) {
    public static final int WEEKS = EnrollmentSchedule.ASSESSMENT_DAY / 7;

    /** The next message the member gets: a check-in about one week, or the six-week review. */
    public sealed interface Next {
        LocalDate day();
    }

    public record CheckIn(int week, LocalDate day) implements Next {}

    public record Review(LocalDate day) implements Next {}

    /**
     * As the schedule sends them: a check-in the morning after weeks 1–4 unless the member is paused that day, the
     * review the morning after day 42 whether paused or not; nothing once the review has gone.
     */
    public static ProgrammePosition of(Enrollment enrollment, Instant now, int checkinHour) {
        return new ProgrammePosition(enrollment, LocalDate.ofInstant(now, enrollment.zone()),
                next(enrollment, now, checkinHour));
    }

    private static Optional<Next> next(Enrollment enrollment, Instant now, int checkinHour) {
        for (int week = 1; week <= EnrollmentSchedule.CHECKIN_WEEKS; week++) {
            LocalDate day = enrollment.lastDayOfWeek(week).plusDays(1);
            if (ahead(day, now, checkinHour, enrollment) && !enrollment.pausedOn(day)) {
                return Optional.of(new CheckIn(week, day));
            }
        }
        LocalDate review = enrollment.trainedOn().plusDays(EnrollmentSchedule.ASSESSMENT_DAY + 1L);
        return ahead(review, now, checkinHour, enrollment) ? Optional.of(new Review(review)) : Optional.empty();
    }

    private static boolean ahead(LocalDate day, Instant now, int hour, Enrollment enrollment) {
        return LocalHour.at(day, hour, enrollment.zone()).isAfter(now);
    }

    /** 0 on the training day, 1–6 during the programme, 7 once the six weeks are over. */
    public int week() {
        long days = ChronoUnit.DAYS.between(enrollment.trainedOn(), today);
        if (days < 1) {
            return 0;
        }
        return (int) Math.min(WEEKS + 1, (days + 6) / 7);
    }

    /** The days of the week the member is in; only for weeks 1–6. */
    public ReportWindow weekDays() {
        int week = week();
        if (week < 1 || week > WEEKS) {
            throw new IllegalStateException("week " + week + " is outside the programme");
        }
        return new ReportWindow(enrollment.firstDayOfWeek(week), enrollment.lastDayOfWeek(week));
    }

    /** The last paused day, while a pause holds today; a pause that has ended is no longer news. */
    public Optional<LocalDate> pausedUntil() {
        return enrollment.pausedOn(today) ? enrollment.pausedUntil() : Optional.empty();
    }
}
