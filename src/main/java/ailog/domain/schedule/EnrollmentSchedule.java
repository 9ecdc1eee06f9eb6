package ailog.domain.schedule;

import ailog.domain.Enrollment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The messages an enrollment brings (SPEC §6): a check-in the morning after each of weeks 1–4 ends (days 8, 15, 22,
 * 29), a nudge on day 4 of weeks 1 and 2, and the six-week assessment the morning after day 42 for the member and
 * each owner, all at the check-in hour in the member's own zone. A report goes out only once its days have ended.
 */
public final class EnrollmentSchedule {
    public static final int CHECKIN_WEEKS = 4;
    public static final int NUDGE_WEEKS = 2;
    public static final int NUDGE_DAY_OF_WEEK = 4;
    /** The last day the six-week assessment covers; it is sent the morning after. */
    public static final int ASSESSMENT_DAY = 42;

    private EnrollmentSchedule() {}

    public static List<Slot> slots(Enrollment enrollment, int checkinHour, Set<String> owners) {
        List<Slot> slots = new ArrayList<>();
        String subject = Long.toString(enrollment.id());
        for (int week = 1; week <= NUDGE_WEEKS; week++) {
            LocalDate day = enrollment.firstDayOfWeek(week).plusDays(NUDGE_DAY_OF_WEEK - 1);
            slots.add(slot("nudge:" + subject + ":" + week, MessageKind.NUDGE, enrollment.userId(), subject + ":" + week,
                    day, enrollment, checkinHour));
        }
        for (int week = 1; week <= CHECKIN_WEEKS; week++) {
            slots.add(slot("checkin:" + subject + ":" + week, MessageKind.CHECKIN, enrollment.userId(),
                    subject + ":" + week, enrollment.lastDayOfWeek(week).plusDays(1), enrollment, checkinHour));
        }
        LocalDate assessmentDay = enrollment.trainedOn().plusDays(ASSESSMENT_DAY + 1);
        slots.add(slot("assessment:" + subject, MessageKind.ASSESSMENT_MEMBER, enrollment.userId(), subject,
                assessmentDay, enrollment, checkinHour));
        for (String owner : owners.stream().sorted().toList()) {
            slots.add(slot("assessment:" + subject + ":" + owner, MessageKind.ASSESSMENT_OWNER, owner, subject,
                    assessmentDay, enrollment, checkinHour));
        }
        return slots;
    }

    private static Slot slot(String key, MessageKind kind, String recipient, String subject, LocalDate day,
            Enrollment enrollment, int hour) {
        return new Slot(key, kind, recipient, subject, LocalHour.at(day, hour, enrollment.zone()));
    }
}
