package ailog.domain.schedule;

import ailog.domain.Enrollment;
import java.time.Instant;
import java.util.List;

/**
 * What an enrollment will send and what it skipped: the milestones whose time had passed when the member was
 * enrolled are skipped, the rest come on their days.
 */
public record EnrollmentPlan(Enrollment enrollment, List<Milestone> upcoming, List<Milestone> skipped) {
    public EnrollmentPlan {
        upcoming = List.copyOf(upcoming);
        skipped = List.copyOf(skipped);
    }

    public static EnrollmentPlan of(Enrollment enrollment, int checkinHour) {
        List<Milestone> all = EnrollmentSchedule.milestones(enrollment, checkinHour);
        return new EnrollmentPlan(enrollment,
                all.stream().filter(m -> !m.dueAt().isBefore(enrollment.enrolledAt())).toList(),
                all.stream().filter(m -> m.dueAt().isBefore(enrollment.enrolledAt())).toList());
    }

    /** The milestones still to come after {@code at}: what ending the enrollment then cancels. */
    public List<Milestone> after(Instant at) {
        return upcoming.stream().filter(m -> m.dueAt().isAfter(at)).toList();
    }

    /** Check-ins and the review still to come: nudges only come when no run was logged, so they go unlisted. */
    public List<Milestone> certainUpcoming() {
        return upcoming.stream().filter(Milestone::certain).toList();
    }
}
