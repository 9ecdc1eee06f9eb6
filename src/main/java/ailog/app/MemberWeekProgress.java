package ailog.app;

import ailog.domain.MemberWeek;
import ailog.domain.WeekProgress;
import java.time.LocalDate;

/** A member's current week, as every log reply shows it: runs and acceptance against target. */
public final class MemberWeekProgress {
    private final Runs runs;
    private final int targetPercent;

    public MemberWeekProgress(Runs runs, int targetPercent) {
        this.runs = runs;
        this.targetPercent = targetPercent;
    }

    /** The week containing {@code today}, the member's own date. */
    public WeekProgress of(String userId, LocalDate today) {
        MemberWeek week = MemberWeek.containing(today);
        return new WeekProgress(week, runs.acceptanceOfMemberBetween(userId, week.monday(), week.sunday()),
                targetPercent);
    }
}
