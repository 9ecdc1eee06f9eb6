package ailog.app.outbox;

import ailog.app.Enrollments;
import ailog.app.MemberZones;
import ailog.domain.Enrollment;
import ailog.domain.Owners;
import ailog.domain.schedule.EnrollmentSchedule;
import ailog.domain.schedule.ReportSchedule;
import ailog.domain.schedule.Slot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts every message due by now into the outbox, once: welcomes, check-ins, nudges, assessments, weekly reports.
 * Those due before their member was enrolled are recorded as skipped instead.
 */
public final class PlanDueMessages {
    /** Enrollments trained longer ago than this have nothing left to send. */
    private static final int DAYS_OF_MESSAGES = EnrollmentSchedule.ASSESSMENT_DAY + 3;

    /** When owners get their weekly report. */
    public record ReportTime(DayOfWeek day, int hour) {}

    private final Enrollments enrollments;
    private final Outbox outbox;
    private final Owners owners;
    private final MemberZones zones;
    private final int checkinHour;
    private final ReportTime reportTime;

    public PlanDueMessages(Enrollments enrollments, Outbox outbox, Owners owners, MemberZones zones, int checkinHour,
            ReportTime reportTime) {
        this.enrollments = enrollments;
        this.outbox = outbox;
        this.owners = owners;
        this.zones = zones;
        this.checkinHour = checkinHour;
        this.reportTime = reportTime;
    }

    /** Plans what is due by {@code now}; returns how many messages were new to the outbox. */
    public int planDueBy(Instant now) {
        LocalDate oldestActive = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(DAYS_OF_MESSAGES);
        List<Slot> due = new ArrayList<>();
        List<Slot> beforeEnrolling = new ArrayList<>();
        for (Enrollment enrollment : enrollments.all()) {
            if (enrollment.trainedOn().isBefore(oldestActive)
                    && enrollment.enrolledAt().isBefore(now.minus(Slot.TOO_LATE))) {
                continue;
            }
            for (Slot slot : EnrollmentSchedule.slots(enrollment, checkinHour, owners.userIds())) {
                if (slot.isDueBy(now)) {
                    (EnrollmentSchedule.dueBeforeEnrolling(slot, enrollment) ? beforeEnrolling : due).add(slot);
                }
            }
        }
        for (String owner : owners.userIds()) {
            ReportSchedule.latestDue(owner, zones.zoneOf(owner), reportTime.day(), reportTime.hour(), now)
                    .ifPresent(due::add);
        }
        return outbox.planSkipped(beforeEnrolling, "due before the member was enrolled", now)
                + outbox.planAll(due, now);
    }
}
