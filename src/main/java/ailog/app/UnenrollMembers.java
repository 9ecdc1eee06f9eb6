package ailog.app;

import ailog.domain.Enrollment;
import ailog.domain.Owners;
import ailog.domain.schedule.EnrollmentPlan;
import ailog.domain.schedule.Milestone;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** An owner ends enrollments: no further scheduled message goes out for them. */
public final class UnenrollMembers {
    /** What happened. */
    public sealed interface Result {}

    /** The enrollments ended, each with the messages it cancelled, and the people named who were not enrolled. */
    public record Ended(List<Cancelled> ended, List<String> notEnrolled) implements Result {}

    /** One ended enrollment and the messages of it that will now never be sent. */
    public record Cancelled(Enrollment enrollment, List<Milestone> messages) {}

    public record NobodyNamed() implements Result {}

    public record NotAnOwner() implements Result {}

    private final Enrollments enrollments;
    private final Owners owners;
    private final int checkinHour;
    private final Clock clock;

    public UnenrollMembers(Enrollments enrollments, Owners owners, int checkinHour, Clock clock) {
        this.enrollments = enrollments;
        this.owners = owners;
        this.checkinHour = checkinHour;
        this.clock = clock;
    }

    public Result unenroll(String actor, List<String> userIds) {
        if (!owners.includes(actor)) {
            return new NotAnOwner();
        }
        if (userIds.isEmpty()) {
            return new NobodyNamed();
        }
        Instant now = clock.instant();
        List<Cancelled> ended = new ArrayList<>();
        List<String> notEnrolled = new ArrayList<>();
        for (String userId : new LinkedHashSet<>(userIds)) {
            enrollments.end(userId, actor, now).ifPresentOrElse(
                    e -> ended.add(new Cancelled(e, EnrollmentPlan.of(e, checkinHour).after(now))),
                    () -> notEnrolled.add(userId));
        }
        return new Ended(ended, notEnrolled);
    }
}
