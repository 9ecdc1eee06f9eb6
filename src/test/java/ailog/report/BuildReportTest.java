package ailog.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ailog.app.report.BuildReport;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.TeamReport;
import ailog.testing.FixedReportData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The use case picks the window in the viewer's zone, or a scheduled report's ended days, and passes the target on. */
class BuildReportTest {
    final List<FixedReportData.Asked> asked = new ArrayList<>();

    @Test
    void todayIsTheDateInTheViewersZoneNotInUtc() {
        TeamReport report = new BuildReport(FixedReportData.listening(asked::add), ZoneId.of("UTC"), 80)
                .report(7, Instant.parse("2026-03-31T12:00:00Z"), ZoneId.of("Pacific/Auckland"));

        assertThat(report.today()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(report.window()).isEqualTo(new ReportWindow(LocalDate.parse("2026-03-26"),
                LocalDate.parse("2026-04-01")));
        assertThat(asked).containsExactly(new FixedReportData.Asked(report.window(), LocalDate.parse("2026-04-01"), 80,
                Optional.empty()));
    }

    @Test
    void withoutAZoneOfItsOwnTheViewerHasTheTeamsZone() {
        TeamReport report = new BuildReport(FixedReportData.empty(), ZoneId.of("Pacific/Auckland"), 80)
                .report(7, Instant.parse("2026-03-31T12:00:00Z"));

        assertThat(report.window().to()).isEqualTo(LocalDate.parse("2026-04-01"));
    }

    @Test
    void aRunAMemberAheadInTimeAlreadyLoggedForTomorrowIsInsideTheWindow() {
        // 20:00 on Monday in Berlin is 08:00 on Tuesday in Auckland, where a member has logged a run.
        Instant at = Instant.parse("2026-11-30T19:00:00Z");
        BuildReport build = new BuildReport(FixedReportData.withLatestRunOn(LocalDate.parse("2026-12-01"), a -> { }),
                ZoneId.of("UTC"), 70);

        TeamReport report = build.report(7, at, ZoneId.of("Europe/Berlin"));

        assertThat(report.window()).isEqualTo(new ReportWindow(LocalDate.parse("2026-11-25"),
                LocalDate.parse("2026-12-01")));
        assertThat(report.window().label()).isEqualTo("Wed 25 Nov – Tue 1 Dec");
    }

    @Test
    void aRunDatedLaterThanAnyCalendarOnEarthDoesNotMoveTheWindow() {
        Instant at = Instant.parse("2026-11-30T19:00:00Z");
        BuildReport build = new BuildReport(FixedReportData.withLatestRunOn(LocalDate.parse("2026-12-05"), a -> { }),
                ZoneId.of("UTC"), 70);

        assertThat(build.report(7, at, ZoneId.of("Europe/Berlin")).window().to())
                .isEqualTo(LocalDate.parse("2026-11-30"));
    }

    @Test
    void aScheduledReportCoversTheEndedDaysBeforeItsDayAsLoggedWhenItWentOut() {
        Instant sentAt = Instant.parse("2026-11-30T08:00:00Z");
        TeamReport report = new BuildReport(FixedReportData.listening(asked::add), ZoneId.of("UTC"), 70)
                .scheduled(7, LocalDate.parse("2026-11-30"), sentAt);

        assertThat(report.window()).isEqualTo(new ReportWindow(LocalDate.parse("2026-11-23"),
                LocalDate.parse("2026-11-29")));
        assertThat(asked).extracting(FixedReportData.Asked::loggedBy).containsExactly(Optional.of(sentAt));
    }

    @Test
    void aReportCoversOneTo365Days() {
        BuildReport build = new BuildReport(FixedReportData.empty(), ZoneId.of("UTC"), 70);
        Instant at = Instant.parse("2026-03-31T12:00:00Z");

        assertThat(build.report(1, at).window().days()).isEqualTo(1);
        assertThat(build.report(365, at).window().days()).isEqualTo(365);
        assertThatThrownBy(() -> build.report(0, at)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> build.report(366, at)).isInstanceOf(IllegalArgumentException.class);
    }
}
