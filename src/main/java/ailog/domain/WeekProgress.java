package ailog.domain;

import ailog.domain.metrics.AcceptanceRate;

/** A member's runs and acceptance in one week, against their target. */
public record WeekProgress(MemberWeek week, AcceptanceRate acceptance, int targetPercent) {}
