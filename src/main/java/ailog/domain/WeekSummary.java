package ailog.domain;

import ailog.domain.metrics.RunTally;

/** A member's runs this week against their acceptance target. */
public record WeekSummary(MemberWeek week, RunTally tally, int targetPercent) {

    public WeekProgress progress() {
        return new WeekProgress(week, tally.acceptance(), targetPercent);
    }
}
