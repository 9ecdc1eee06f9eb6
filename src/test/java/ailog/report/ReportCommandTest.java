package ailog.report;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.report.BuildReport;
import ailog.app.report.ReportData;
import ailog.cli.ReportCommand;
import ailog.testing.FixedReportData;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code report} on the command line: options, output formats, and one-line usage errors. */
class ReportCommandTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T10:00:00Z"), ZoneOffset.UTC);
    /** A team without runs: the command's own work is the window, the format and the exit code. */
    static final ReportData EMPTY = FixedReportData.empty();

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final ReportCommand command = new ReportCommand(new BuildReport(EMPTY, ZoneId.of("UTC"), 70),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
            CLOCK);

    @Test
    void withoutOptionsItPrintsTheTextOfTheWeekEndingNow() {
        assertThat(command.run(List.of())).isEqualTo(0);

        assertThat(text(out)).startsWith("0 team members ran 0 workflow sessions in the 7 days Wed 25 Mar – Tue 31 Mar; blended acceptance rate"
                + " —; 0 workflows below threshold under review.\n2026-03-25 to 2026-03-31, target 70%\n");
        assertThat(text(err)).isEmpty();
    }

    @Test
    void jsonForTheDaysEndingAtTheGivenInstant() {
        assertThat(command.run(List.of("--json", "--days", "28", "--at", "2026-01-10T23:00:00Z"))).isEqualTo(0);

        JsonObject json = JsonParser.parseString(text(out)).getAsJsonObject();
        assertThat(json.getAsJsonObject("window").get("from").getAsString()).isEqualTo("2025-12-14");
        assertThat(json.getAsJsonObject("window").get("to").getAsString()).isEqualTo("2026-01-10");
        assertThat(json.get("acceptance_rate").isJsonNull()).isTrue();
        assertThat(json.getAsJsonArray("assessments")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--days", "--days 0", "--days 366", "--days x", "--at yesterday", "--json --json",
            "--days 7 --days 8", "--weeks 2", "extra"})
    void aUsageErrorIsOneLineAndExitCode2(String words) {
        assertThat(command.run(List.of(words.split(" ")))).isEqualTo(2);

        assertThat(text(out)).isEmpty();
        assertThat(text(err)).endsWith("; usage: ailog report [--days N] [--at ISO-INSTANT] [--json]\n")
                .startsWith("ailog report: ")
                .hasLineCount(1);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
