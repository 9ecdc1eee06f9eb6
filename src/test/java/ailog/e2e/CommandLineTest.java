package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import ailog.testing.TestDatabase;
import ailog.testing.SqliteOnly;
import ailog.persistence.Database;
import ailog.persistence.JooqRuns;
import ailog.testing.BotProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's operator commands, run as a new process with no locale, as an operator would. */
class CommandLineTest {
    private static final String SHEET = """
            date,user,workflow,outcome,edit_type,notes
            2026-11-02,U012AB3CD,proposal,light-edit,tone,"Zoë's café draft, 🎉 提案"
            2026-11-03,U045EF6GH,status-update,ok,,=HYPERLINK("http://x")
            """;

    @TempDir
    Path folder;

    private String location;

    @BeforeEach
    void newDatabase() {
        location = TestDatabase.fresh(folder);
    }

    private BotProcess run(String... args) {
        return BotProcess.start(Map.of("AILOG_DB", location), args);
    }

    @Test
    void importThenExportRoundTripsNonAsciiAndNeutralisesFormulas() throws Exception {
        Path sheet = folder.resolve("history.csv");
        Files.writeString(sheet, SHEET, StandardCharsets.UTF_8);

        BotProcess imported = run("import", sheet.toString(), "--create-workflows");
        assertThat(imported.awaitExit()).as(imported.output().toString()).isEqualTo(0);
        assertThat(imported.output()).anyMatch(line -> line.contains("imported 2 runs"));

        Path exported = folder.resolve("out.csv");
        assertThat(run("export", "--out", exported.toString()).awaitExit()).isEqualTo(0);
        String csv = Files.readString(exported, StandardCharsets.UTF_8);
        assertThat(csv).contains("Zoë's café draft, 🎉 提案").contains("'=HYPERLINK");

        String again = TestDatabase.fresh(folder.resolve("again"));
        BotProcess reimported = BotProcess.start(Map.of("AILOG_DB", again),
                "import", exported.toString(), "--create-workflows");
        assertThat(reimported.awaitExit()).isEqualTo(0);
        try (Database copy = Database.open(again)) {
            AtomicInteger count = new AtomicInteger();
            new JooqRuns(copy).forEach(run -> {
                count.incrementAndGet();
                if (run.userId().equals("U045EF6GH")) {
                    assertThat(run.notes()).isEqualTo("=HYPERLINK(\"http://x\")");
                } else {
                    assertThat(run.notes()).isEqualTo("Zoë's café draft, 🎉 提案");
                }
            });
            assertThat(count).hasValue(2);
        }
    }

    @Test
    void aBadSheetImportsNothingAndListsEachBadRowByLine() throws Exception {
        Path sheet = folder.resolve("bad.csv");
        Files.writeString(sheet, """
                date,user,workflow,outcome,edit_type,notes
                2026-11-02,U012AB3CD,proposal,light-edit,tone,fine
                2026-11-03,U012AB3CD,proposal,great,,bad outcome
                2026-11-04,U012AB3CD,proposal,as-is,tone,edit type on as-is
                """, StandardCharsets.UTF_8);

        BotProcess imported = run("import", sheet.toString(), "--create-workflows");
        assertThat(imported.awaitExit()).isEqualTo(1);
        assertThat(imported.output()).anyMatch(line -> line.startsWith("line 3:"))
                .anyMatch(line -> line.startsWith("line 4:"));
        try (Database database = Database.open(location)) {
            AtomicInteger count = new AtomicInteger();
            new JooqRuns(database).forEach(run -> count.incrementAndGet());
            assertThat(count).hasValue(0);
        }
    }

    @Test
    @SqliteOnly
    void backupWritesACopyThatOpens() {
        Path copy = folder.resolve("backup.db");
        assertThat(run("backup", copy.toString()).awaitExit()).isEqualTo(0);
        assertThat(copy).exists();
        try (Database database = Database.open(copy.toString())) {
            assertThat(database.writeProblem(java.time.Duration.ofSeconds(5))).isEmpty();
        }
    }

    @Test
    void tickAtAnInstantSendsWhatIsDueByThenOnceAndExits() {
        try (ailog.testing.FakeSlack slack = ailog.testing.FakeSlack.start();
                Database database = Database.open(location)) {
            java.time.Clock clock = java.time.Clock.systemUTC();
            new ailog.persistence.JooqWorkflows(database, clock).add(new ailog.domain.Workflow(
                    new ailog.domain.WorkflowKey("proposal"), "Proposal", "U0OWNER01"));
            new ailog.persistence.JooqEnrollments(database).enroll(new ailog.domain.Enrollment(0, "U0TICK001",
                    java.time.LocalDate.parse("2026-11-27"), java.util.List.of(new ailog.domain.WorkflowKey("proposal")),
                    70, java.time.ZoneId.of("Europe/Berlin"), "U0OWNER01", java.time.Instant.parse("2026-11-27T00:00:00Z"),
                    java.util.Optional.empty()));
            Map<String, String> settings = Map.of("AILOG_DB", location,
                    "SLACK_BOT_TOKEN", "xoxb-tick", "SLACK_API_URL", slack.apiUrl());

            BotProcess tick = BotProcess.start(settings, "tick", "--at", "2026-12-05T09:00:00Z");
            assertThat(tick.awaitExit()).as(tick.output().toString()).isEqualTo(0);
            assertThat(tick.output()).anyMatch(line -> line.contains("sent"));
            assertThat(BotProcess.start(settings, "tick", "--at", "2026-12-05T09:05:00Z").awaitExit()).isEqualTo(0);

            assertThat(slack.delivered("chat.postMessage")).filteredOn(dm -> dm.get("channel").equals("U0TICK001"))
                    .extracting(dm -> dm.get("text")) // the day-4 nudge is too stale to send four days late
                    .containsExactly("Week 1 check-in (Sat 28 Nov – Fri 4 Dec): what is in the way?");
        }
    }

    @Test
    void tickRefusesAMalformedInstant() {
        BotProcess tick = BotProcess.start(Map.of("AILOG_DB", location,
                "SLACK_BOT_TOKEN", "xoxb-tick"), "tick", "--at", "next tuesday");
        assertThat(tick.awaitExit()).isEqualTo(2);
        assertThat(tick.output()).anyMatch(line -> line.contains("--at needs an instant"));
    }

    @Test
    void anUnknownCommandPrintsUsage() {
        BotProcess process = run("frobnicate");
        assertThat(process.awaitExit()).isEqualTo(2);
        assertThat(process.output()).anyMatch(line -> line.startsWith("usage: java -jar ailog.jar"));
    }
}
