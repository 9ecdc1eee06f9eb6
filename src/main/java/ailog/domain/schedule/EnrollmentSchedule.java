package ailog.domain.schedule;

import ailog.domain.Enrollment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The messages an enrollment brings (SPEC §6): a welcome right away, a check-in the morning after each of weeks 1–4
 * ends (days 8, 15, 22, 29), a nudge on day 4 of weeks 1 and 2, and the six-week assessment the morning after day
 * 42 for the member and each owner, all at the check-in hour in the member's own zone. A report goes out only once
 * its days have ended. A message due before the member was enrolled is skipped, never sent late.
 */
public final class EnrollmentSchedule {
    public static final int CHECKIN_WEEKS = 4;
    public static final int NUDGE_WEEKS = 2;
    public static final int NUDGE_DAY_OF_WEEK = 4;
    /** The last day the six-week assessment covers; it is sent the morning after. */
    public static final int ASSESSMENT_DAY = 42;
    public static final int ASSESSMENT_WEEK = 6;

    private EnrollmentSchedule() {}

    /** The member's nudges, check-ins and six-week review, earliest first. */
    public static List<Milestone> milestones(Enrollment enrollment, int checkinHour) {
        List<Milestone> milestones = new ArrayList<>();
        for (int week = 1; week <= NUDGE_WEEKS; week++) {
            LocalDate day = enrollment.firstDayOfWeek(week).plusDays(NUDGE_DAY_OF_WEEK - 1);
            milestones.add(milestone(MessageKind.NUDGE, week, day, enrollment, checkinHour));
        }
        for (int week = 1; week <= CHECKIN_WEEKS; week++) {
            LocalDate day = enrollment.lastDayOfWeek(week).plusDays(1);
            milestones.add(milestone(MessageKind.CHECKIN, week, day, enrollment, checkinHour));
        }
        LocalDate assessmentDay = enrollment.trainedOn().plusDays(ASSESSMENT_DAY + 1);
        milestones.add(milestone(MessageKind.ASSESSMENT_MEMBER, ASSESSMENT_WEEK, assessmentDay, enrollment,
                checkinHour));
        milestones.sort(Comparator.comparing(Milestone::dueAt));
        return milestones;
    }

    /** Every message of the enrollment, the welcome first, with the key that makes it exactly once. */
    public static List<Slot> slots(Enrollment enrollment, int checkinHour, Set<String> owners) {
        String subject = Long.toString(enrollment.id());
        List<Slot> slots = new ArrayList<>();
        slots.add(new Slot("welcome:" + subject, MessageKind.WELCOME, enrollment.userId(), subject,
                enrollment.enrolledAt()));
        for (Milestone m : milestones(enrollment, checkinHour)) {
            switch (m.kind()) {
                case NUDGE, CHECKIN -> slots.add(new Slot(m.kind().key() + ":" + subject + ":"
                        + m.week(), m.kind(), enrollment.userId(), subject + ":" + m.week(), m.dueAt()));
                default -> {
                    slots.add(new Slot("assessment:" + subject, MessageKind.ASSESSMENT_MEMBER, enrollment.userId(),
                            subject, m.dueAt()));
                    for (String owner : owners.stream().sorted().toList()) {
                        slots.add(new Slot("assessment:" + subject + ":" + owner, MessageKind.ASSESSMENT_OWNER,
                                owner, subject, m.dueAt()));
                    }
                }
            }
        }
        return slots;
    }

    /** A message whose time had passed when the member was enrolled: skipped, never sent late at an odd hour. */
    public static boolean dueBeforeEnrolling(Slot slot, Enrollment enrollment) {
        return slot.dueAt().isBefore(enrollment.enrolledAt());
    }

    private static Milestone milestone(MessageKind kind, int week, LocalDate day, Enrollment enrollment, int hour) {
        return new Milestone(kind, week, day, LocalHour.at(day, hour, enrollment.zone()));
    }
}
