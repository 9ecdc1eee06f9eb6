package ailog.app;

import ailog.domain.MemberWeek;
import ailog.domain.WeekProgress;
import java.time.LocalDate;

/** A member's current week, as every log reply shows it: runs and acceptance against target. */
public final class MemberWeekProgress {
    private final Runs runs;
    private final MemberClock clock;
    private final int targetPercent;

    public MemberWeekProgress(Runs runs, MemberClock clock, int targetPercent) {
        this.runs = runs;
        this.clock = clock;
        this.targetPercent = targetPercent;
    }

    public WeekProgress of(String userId) {
        LocalDate today = clock.today(userId);
        MemberWeek week = MemberWeek.containing(today);
        return new WeekProgress(week, runs.acceptanceOfMemberBetween(userId, week.monday(), week.sunday()),
                targetPercent);
    }
}
