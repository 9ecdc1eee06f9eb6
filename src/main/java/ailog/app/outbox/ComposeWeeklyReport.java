package ailog.app.outbox;

import ailog.app.Runs;
import ailog.app.report.BuildReport;
import ailog.domain.metrics.BeforeAfter;
import ailog.domain.metrics.LateRuns;
import ailog.domain.metrics.LoggedBetween;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.TeamReport;
import ailog.domain.metrics.WeeklyTrend;
import ailog.domain.schedule.MessageKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The owner's weekly report: the 7 days before the report day in the owner's own calendar, as logged by the time it
 * is composed, the runs of earlier reports' days logged since the last report went out, and eight weeks of trend
 * for the chart. Report days are 7 of the owner's days apart, so the weeks follow on without a day twice or missed,
 * even when a clock change moves the report hour across midnight somewhere else.
 */
public final class ComposeWeeklyReport implements Composer {
    private static final int DAYS = 7;
    private static final int CHART_WEEKS = 8;

    /** The changes to the foundations made on the days from {@code from} to {@code to}, with their effects. */
    @FunctionalInterface
    public interface ChangesMade {
        List<BeforeAfter> madeBetween(LocalDate from, LocalDate to);
    }

    private final BuildReport reports;
    private final Runs runs;
    private final Outbox outbox;
    private final ChangesMade changes;

    public ComposeWeeklyReport(BuildReport reports, Runs runs, Outbox outbox, ChangesMade changes) {
        this.reports = reports;
        this.runs = runs;
        this.outbox = outbox;
        this.changes = changes;
    }

    @Override
    public Composition compose(OutboxEntry entry, Instant now) {
        LocalDate reportDay = LocalDate.parse(entry.subject());
        TeamReport report = reports.scheduled(DAYS, reportDay, now);
        LocalDate last = report.window().to();
        var trend = WeeklyTrend.of(runs.dailyTotals(WeeklyTrend.start(last, CHART_WEEKS), last), last, CHART_WEEKS);
        // changes made on the report day itself, before it goes out, are already news
        var made = changes.madeBetween(WeeklyTrend.start(last, CHART_WEEKS), reportDay);
        return new Composition.Send(new Message.WeeklyReport(report, late(entry, reportDay, report.window(), now),
                trend, made));
    }

    /**
     * Runs dated in the days of earlier reports sent to this owner, logged after the latest of them went out: no
     * report has counted them yet.
     */
    private LateRuns late(OutboxEntry entry, LocalDate reportDay, ReportWindow window, Instant now) {
        List<SentMessage> earlier = outbox.sent(MessageKind.WEEKLY_REPORT, entry.recipient()).stream()
                .filter(m -> LocalDate.parse(m.subject()).isBefore(reportDay))
                .toList();
        if (earlier.isEmpty()) {
            return LateRuns.none();
        }
        LocalDate firstReported = ReportWindow.daysBefore(DAYS, LocalDate.parse(earlier.get(0).subject())).from();
        if (!firstReported.isBefore(window.from())) {
            return LateRuns.none();
        }
        Instant latest = earlier.stream().map(SentMessage::sentAt).max(Instant::compareTo).orElseThrow();
        return LateRuns.of(runs.dayTotalsLogged(Optional.empty(),
                new ReportWindow(firstReported, window.from().minusDays(1)), LoggedBetween.since(latest, now)));
    }
}
