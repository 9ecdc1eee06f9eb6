package ailog.domain;

import ailog.domain.metrics.RunTally;

/** A member's runs this week against their acceptance target. */
public record WeekSummary(MemberWeek week, RunTally tally, int targetPercent) {}
