package ailog.app;

import ailog.domain.Enrollment;

/**
 * The acceptance target a member's own numbers are read against: the one their enrollment agreed, else the team's
 * (AILOG_TARGET), so the Home tab, {@code /ailog me}, log replies and check-ins never show two targets for one person.
 */
public final class MemberTarget {
    private final Enrollments enrollments;
    private final int teamTarget;

    public MemberTarget(Enrollments enrollments, int teamTarget) {
        this.enrollments = enrollments;
        this.teamTarget = teamTarget;
    }

    public int of(String userId) {
        return enrollments.ofMember(userId).map(Enrollment::targetPercent).orElse(teamTarget);
    }
}
