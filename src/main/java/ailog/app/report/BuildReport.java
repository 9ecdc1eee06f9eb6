package ailog.app.report;

import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.TeamReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The owner report (SPEC §7) of the last N days, as of an instant: "today" in the team's zone, against its target. */
public final class BuildReport {
    private final ReportData data;
    private final ZoneId zone;
    private final int targetPercent;

    /** {@code zone}: AILOG_TIMEZONE; {@code targetPercent}: AILOG_TARGET. */
    public BuildReport(ReportData data, ZoneId zone, int targetPercent) {
        this.data = data;
        this.zone = zone;
        this.targetPercent = targetPercent;
    }

    /** The window is the {@code days} days ending on the day {@code at} falls on in the zone, that day included. */
    public TeamReport report(int days, Instant at) {
        return report(days, LocalDate.ofInstant(at, zone));
    }

    /** The {@code days} days ending on {@code today}, that day included. */
    public TeamReport report(int days, LocalDate today) {
        ReportWindow window = ReportWindow.lastDays(new ReportDays(days).value(), today);
        return TeamReport.of(data.input(window, today, targetPercent));
    }
}
