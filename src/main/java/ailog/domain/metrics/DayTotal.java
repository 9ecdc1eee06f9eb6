package ailog.domain.metrics;

import java.time.LocalDate;

/** The team's runs and accepted runs on one day, as a GROUP BY run_date returns them. */
public record DayTotal(LocalDate day, int runs, int accepted) {}
