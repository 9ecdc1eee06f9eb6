package ailog.app.outbox;

import ailog.app.Runs;
import ailog.app.report.BuildReport;
import ailog.domain.metrics.TeamReport;
import ailog.domain.metrics.WeeklyTrend;
import java.time.Instant;
import java.time.LocalDate;

/** The owner's weekly report: the last 7 days as of the slot's time, and eight weeks of trend for the chart. */
public final class ComposeWeeklyReport implements Composer {
    private static final int DAYS = 7;
    private static final int CHART_WEEKS = 8;

    private final BuildReport reports;
    private final Runs runs;

    public ComposeWeeklyReport(BuildReport reports, Runs runs) {
        this.reports = reports;
        this.runs = runs;
    }

    @Override
    public Composition compose(OutboxEntry entry, Instant now) {
        TeamReport report = reports.report(DAYS, entry.dueAt());
        LocalDate last = report.window().to();
        var trend = WeeklyTrend.of(runs.dailyTotals(WeeklyTrend.start(last, CHART_WEEKS), last), last, CHART_WEEKS);
        return new Composition.Send(new Message.WeeklyReport(report, trend));
    }
}
