package ailog.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ailog.app.report.BuildReport;
import ailog.app.report.ReportData;
import ailog.domain.metrics.ReportInput;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.TeamReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The use case picks the window in the team's zone and passes the target on. */
class BuildReportTest {
    final List<String> asked = new ArrayList<>();
    final ReportData data = (window, today, target) -> {
        asked.add(window + " " + today + " " + target);
        return new ReportInput(window, today, target, List.of(), List.of(), List.of(), List.of(), Map.of());
    };

    @Test
    void todayIsTheDateInTheTeamsZoneNotInUtc() {
        TeamReport report = new BuildReport(data, ZoneId.of("Pacific/Auckland"), 80)
                .report(7, Instant.parse("2026-03-31T12:00:00Z"));

        assertThat(report.today()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(report.window()).isEqualTo(new ReportWindow(LocalDate.parse("2026-03-26"),
                LocalDate.parse("2026-04-01")));
        assertThat(asked).containsExactly(report.window() + " 2026-04-01 80");
    }

    @Test
    void aReportCoversOneTo365Days() {
        BuildReport build = new BuildReport(data, ZoneId.of("UTC"), 70);
        Instant at = Instant.parse("2026-03-31T12:00:00Z");

        assertThat(build.report(1, at).window().days()).isEqualTo(1);
        assertThat(build.report(365, at).window().days()).isEqualTo(365);
        assertThatThrownBy(() -> build.report(0, at)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> build.report(366, at)).isInstanceOf(IllegalArgumentException.class);
    }
}
