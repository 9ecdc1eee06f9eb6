package ailog.domain;

import ailog.domain.metrics.DatedRunCount;
import ailog.domain.metrics.MemberTrend;
import ailog.domain.metrics.RunCount;
import ailog.domain.metrics.RunTally;
import java.util.List;

/** A member's own numbers: this week against their target, and the six weeks up to it. */
public record MemberStats(WeekSummary thisWeek, MemberTrend sixWeeks) {
    /** Both from one set of counts covering the six weeks, so one query serves them. */
    public static MemberStats of(List<DatedRunCount> counts, MemberWeek current, int targetPercent) {
        List<RunCount> thisWeek = counts.stream()
                .filter(c -> current.contains(c.day()))
                .map(DatedRunCount::count)
                .toList();
        return new MemberStats(new WeekSummary(current, RunTally.ofCounts(thisWeek), targetPercent),
                MemberTrend.of(counts, current));
    }
}
