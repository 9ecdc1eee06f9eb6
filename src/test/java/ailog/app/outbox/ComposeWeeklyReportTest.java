package ailog.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.Runs;
import ailog.app.report.BuildReport;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.ReportSchedule;
import ailog.domain.schedule.Slot;
import ailog.testing.FixedReportData;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** The weekly report's seven days are the owner's own, so consecutive reports neither repeat nor skip a day. */
class ComposeWeeklyReportTest {
    @Test
    void acrossAClockChangeTheWeeksFollowOnInTheOwnersCalendar() {
        // Monday 16:00 in Los Angeles is 00:00 the next day in UTC before the clocks go forward, 23:00 after.
        ZoneId owner = ZoneId.of("America/Los_Angeles");
        ComposeWeeklyReport compose = new ComposeWeeklyReport(
                new BuildReport(FixedReportData.empty(), ZoneId.of("UTC"), 70), Mockito.mock(Runs.class),
                Mockito.mock(Outbox.class), (from, to) -> List.of());

        ReportWindow before = windowOf(compose, owner, Instant.parse("2027-03-09T00:30:00Z"));
        ReportWindow after = windowOf(compose, owner, Instant.parse("2027-03-15T23:30:00Z"));

        // The report days are Monday 8 and Monday 15 March: each covers the seven ended days before it.
        assertThat(before).isEqualTo(new ReportWindow(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-07")));
        assertThat(after).isEqualTo(new ReportWindow(LocalDate.parse("2027-03-08"), LocalDate.parse("2027-03-14")));
    }

    private static ReportWindow windowOf(ComposeWeeklyReport compose, ZoneId owner, Instant now) {
        Slot slot = ReportSchedule.latestDue("U0OWNER", owner, DayOfWeek.MONDAY, 16, now).orElseThrow();
        OutboxEntry entry = new OutboxEntry(1, slot.key(), MessageKind.WEEKLY_REPORT, slot.recipient(), slot.subject(),
                slot.dueAt(), 0);
        Composition composed = compose.compose(entry, now);
        return ((Message.WeeklyReport) ((Composition.Send) composed).message()).report().window();
    }
}
