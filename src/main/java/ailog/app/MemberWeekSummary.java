package ailog.app;

import ailog.domain.MemberWeek;
import ailog.domain.WeekSummary;
import ailog.domain.metrics.RunTally;
import java.time.LocalDate;

/** A member's current week: runs, acceptance against target, workflows, top edit type. */
public final class MemberWeekSummary {
    private final Runs runs;
    private final MemberClock clock;
    private final int targetPercent;

    public MemberWeekSummary(Runs runs, MemberClock clock, int targetPercent) {
        this.runs = runs;
        this.clock = clock;
        this.targetPercent = targetPercent;
    }

    public WeekSummary of(String userId) {
        LocalDate today = clock.today(userId);
        MemberWeek week = MemberWeek.containing(today);
        RunTally tally = RunTally.ofCounts(runs.countsOfMemberBetween(userId, week.monday(), week.sunday()));
        return new WeekSummary(week, tally, targetPercent);
    }
}
