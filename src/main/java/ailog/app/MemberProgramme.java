package ailog.app;

import ailog.domain.schedule.ProgrammePosition;
import java.time.Clock;
import java.util.Optional;

/** Where a member is in their six-week programme, for the Home tab; empty for a member who is not enrolled. */
public final class MemberProgramme {
    private final Enrollments enrollments;
    private final Clock clock;
    private final int checkinHour;

    public MemberProgramme(Enrollments enrollments, Clock clock, int checkinHour) {
        this.enrollments = enrollments;
        this.clock = clock;
        this.checkinHour = checkinHour;
    }

    public Optional<ProgrammePosition> of(String userId) {
        return enrollments.ofMember(userId)
                .map(enrollment -> ProgrammePosition.of(enrollment, clock.instant(), checkinHour));
    }
}
