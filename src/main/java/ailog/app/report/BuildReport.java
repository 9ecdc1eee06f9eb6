package ailog.app.report;

import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.TeamReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The owner report (SPEC §7): on demand, the last N days up to the viewer's today; scheduled, the days before the
 * report day as logged by the time it goes out.
 */
public final class BuildReport {
    /** No member's calendar is further ahead than this zone's (Kiribati's Line Islands, UTC+14). */
    private static final ZoneOffset FURTHEST_AHEAD = ZoneOffset.ofHours(14);

    private final ReportData data;
    private final ZoneId defaultZone;
    private final int targetPercent;

    /** {@code defaultZone}: AILOG_TIMEZONE, for a viewer without a zone of their own; {@code targetPercent}: AILOG_TARGET. */
    public BuildReport(ReportData data, ZoneId defaultZone, int targetPercent) {
        this.data = data;
        this.defaultZone = defaultZone;
        this.targetPercent = targetPercent;
    }

    /** As {@link #report(int, Instant, ZoneId)} for a viewer in AILOG_TIMEZONE: the command line's report. */
    public TeamReport report(int days, Instant at) {
        return report(days, at, defaultZone);
    }

    /**
     * The {@code days} days up to today in the viewer's zone, counting every run stored. Run dates are each
     * member's own: a member ahead of the viewer may already have logged a run dated tomorrow, so the window then
     * ends on that date instead, and its label says so, rather than leave the run out.
     */
    public TeamReport report(int days, Instant at, ZoneId viewer) {
        LocalDate today = LocalDate.ofInstant(at, viewer);
        LocalDate end = data.latestRunDateUpTo(LocalDate.ofInstant(at, FURTHEST_AHEAD))
                .filter(latest -> latest.isAfter(today))
                .orElse(today);
        return build(ReportWindow.lastDays(new ReportDays(days).value(), end), Optional.empty());
    }

    /** The {@code days} ended days before {@code reportDay}, counting the runs logged by {@code loggedBy}. */
    public TeamReport scheduled(int days, LocalDate reportDay, Instant loggedBy) {
        return build(ReportWindow.daysBefore(new ReportDays(days).value(), reportDay), Optional.of(loggedBy));
    }

    private TeamReport build(ReportWindow window, Optional<Instant> loggedBy) {
        return TeamReport.of(data.input(window, window.to(), targetPercent, loggedBy));
    }
}
