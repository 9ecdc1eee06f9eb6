package ailog.app.report;

import ailog.domain.metrics.ReportInput;
import ailog.domain.metrics.ReportWindow;
import java.time.LocalDate;

/** Where the report's figures come from: aggregates the store computes, never every run. */
public interface ReportData {
    /**
     * The catalog, the enrollments, the per-workflow and per-member aggregates of the window (runs dated after
     * {@code today} ignored), and the weeks 1–6 runs of every assessment that came due in it.
     */
    ReportInput input(ReportWindow window, LocalDate today, int targetPercent);
}
