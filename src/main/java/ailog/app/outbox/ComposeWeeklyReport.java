package ailog.app.outbox;

import ailog.app.Runs;
import ailog.app.report.BuildReport;
import ailog.domain.metrics.TeamReport;
import ailog.domain.metrics.WeeklyTrend;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The owner's weekly report: the 7 days up to the report day in the owner's own calendar, and eight weeks of trend
 * for the chart. Report days are 7 of the owner's days apart, so the weeks follow on without a day twice or missed,
 * even when a clock change moves the report hour across midnight somewhere else.
 */
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
        TeamReport report = reports.report(DAYS, LocalDate.parse(entry.subject()));
        LocalDate last = report.window().to();
        var trend = WeeklyTrend.of(runs.dailyTotals(WeeklyTrend.start(last, CHART_WEEKS), last), last, CHART_WEEKS);
        return new Composition.Send(new Message.WeeklyReport(report, trend));
    }
}
