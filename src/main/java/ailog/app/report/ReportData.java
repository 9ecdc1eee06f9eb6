package ailog.app.report;

import ailog.domain.metrics.ReportInput;
import ailog.domain.metrics.ReportWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Where the report's figures come from: aggregates the store computes, never every run. */
public interface ReportData {
    /**
     * The catalog, the enrollments, the per-workflow and per-member aggregates of the window (runs dated after
     * {@code today} ignored; the window's counts only of runs logged by {@code loggedBy}, when given), and the weeks
     * 1–6 runs of every assessment that came due in it.
     */
    ReportInput input(ReportWindow window, LocalDate today, int targetPercent, Optional<Instant> loggedBy);

    /** The latest run date on or before {@code day}, if any run is. */
    Optional<LocalDate> latestRunDateUpTo(LocalDate day);
}
