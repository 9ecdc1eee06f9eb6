package ailog.app;

import ailog.domain.MemberWeek;
import ailog.domain.WeekSummary;
import ailog.domain.metrics.RunTally;
import java.time.Clock;
import java.time.LocalDate;

/** A member's current week: runs, acceptance against target, workflows, top edit type. */
public final class MemberWeekSummary {
    private final Runs runs;
    private final MemberZones zones;
    private final Clock clock;
    private final int targetPercent;

    public MemberWeekSummary(Runs runs, MemberZones zones, Clock clock, int targetPercent) {
        this.runs = runs;
        this.zones = zones;
        this.clock = clock;
        this.targetPercent = targetPercent;
    }

    public WeekSummary of(String userId) {
        LocalDate today = LocalDate.now(clock.withZone(zones.zoneOf(userId)));
        MemberWeek week = MemberWeek.containing(today);
        RunTally tally = RunTally.of(runs.ofMemberBetween(userId, week.monday(), week.sunday()));
        return new WeekSummary(week, tally, targetPercent);
    }
}
