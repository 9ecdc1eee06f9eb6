package ailog.app;

import ailog.domain.MemberStats;
import ailog.domain.MemberWeek;
import ailog.domain.metrics.MemberTrend;
import java.util.function.ToIntFunction;

/** A member's own numbers for {@code /ailog me} and the Home tab: this week and the six weeks up to it. */
public final class MemberStatsSummary {
    private final Runs runs;
    private final MemberClock clock;
    private final ToIntFunction<String> targetOf;

    public MemberStatsSummary(Runs runs, MemberClock clock, ToIntFunction<String> targetOf) {
        this.runs = runs;
        this.clock = clock;
        this.targetOf = targetOf;
    }

    /** One grouped query for all six weeks, as the Home tab is published after every press. */
    public MemberStats of(String userId) {
        MemberWeek week = MemberWeek.containing(clock.today(userId));
        return MemberStats.of(runs.dailyCountsOfMemberBetween(userId, MemberTrend.firstDay(week), week.sunday()),
                week, targetOf.applyAsInt(userId));
    }
}
