package ailog.e2e;

import static ailog.persistence.generated.Tables.OUTBOX;
import static ailog.persistence.generated.Tables.RUN;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.AlwaysOnPostgres;
import ailog.domain.Enrollment;
import ailog.domain.WorkflowKey;
import ailog.persistence.Database;
import ailog.persistence.JooqEnrollments;
import ailog.persistence.JooqWorkflows;
import ailog.persistence.generated.DefaultSchema;
import ailog.testing.BotProcess;
import ailog.testing.EveryKindOfRow;
import ailog.testing.RunningBot;
import ailog.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate-db}: the bot's SQLite file moved into an empty PostgreSQL database, run as its own process as an
 * operator would. Always on PostgreSQL (its own empty database on the test server), so only in the first run of the
 * suite.
 */
@AlwaysOnPostgres
class MigrateToPostgresTest {
    /** More runs than one batch holds, so the copy reads and writes several. */
    private static final int EXTRA_RUNS = 1_200;
    /** A command here takes seconds, a copy of a few thousand rows too, but the build machine may be busy. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String EXAMPLE = "for example: java -jar ailog.jar migrate-db --from data/ailog.db"
            + " --to jdbc:postgresql://db.example.com/ailog?user=ailog";

    @TempDir
    Path folder;

    private Path source;
    private String target;

    @BeforeEach
    void sourceWithEveryKindOfRowAndAnEmptyTarget() {
        source = folder.resolve("ailog.db");
        try (Database database = Database.open(source.toString())) {
            EveryKindOfRow.into(database, EXTRA_RUNS);
        }
        target = TestDatabase.emptyPostgres();
    }

    private static BotProcess ailog(String database, String... args) {
        return BotProcess.start(Map.of("AILOG_DB", database, "AILOG_TIMEZONE", "UTC"), args);
    }

    private BotProcess migrate(String from, String to) {
        return BotProcess.start(Map.of(), "migrate-db", "--from", from, "--to", to);
    }

    private BotProcess migrated() {
        BotProcess migrate = migrate(source.toString(), target);
        assertThat(migrate.awaitExit(PATIENCE)).as(migrate.output().toString()).isEqualTo(0);
        return migrate;
    }

    @Test
    void theMigratedDatabaseHoldsEveryRowAndExportsReportsAndEnrollsAsTheSourceDid() throws Exception {
        Map<String, List<String>> before = tables(source.toString());

        BotProcess migrate = migrated();

        assertThat(tables(target)).isEqualTo(before);
        assertThat(export(target)).isEqualTo(export(source.toString())).contains("Отчёт для клиента «Север»");
        assertThat(reportJson(target)).isEqualTo(reportJson(source.toString()));
        assertThat(enrollments(target)).isEqualTo(enrollments(source.toString()));
        List<String> output = migrate.output();
        assertThat(output).anyMatch(line -> line.matches("migrated " + source + " into jdbc:postgresql://.*"
                + " in \\d+\\.\\d s:"));
        Map<String, Long> counts = new TreeMap<>();
        schemaTables(source).forEach(table -> counts.put(table, (long) before.get(table).size()));
        assertThat(counts).containsKeys("run", "member_day_count", "enrollment", "outbox", "health")
                .containsEntry("run", 57L + EXTRA_RUNS);
        counts.forEach((table, rows) -> assertThat(output).as(table)
                .anyMatch(line -> line.strip().matches(table + " +" + String.format("%,d", rows) + " rows?")));
        assertThat(output).anyMatch(line -> line.startsWith("checked before committing: every table holds the same"
                + " rows on both sides (checksum of the runs "));
    }

    @Test
    void aSecondMigrationIntoTheSameTargetIsRefusedAndChangesNothing() throws Exception {
        migrated();
        Map<String, List<String>> once = tables(target);

        BotProcess again = migrate(source.toString(), target);

        assertThat(again.awaitExit(PATIENCE)).isEqualTo(1);
        assertThat(again.output()).anyMatch(line -> line.startsWith("ailog migrate-db: copied nothing: the PostgreSQL"
                + " database already holds rows (in workflow, run, member_day_count, enrollment, obstacle,"
                + " assessment, outbox, feedback, foundation_change, foundation_change_reporter), and migrate-db"
                + " copies only into an empty database"));
        assertNoStackTrace(again);
        assertThat(tables(target)).isEqualTo(once);
    }

    @Test
    void aTargetHoldingOneRowIsRefusedAndKeepsJustThatRow() throws Exception {
        try (Database database = Database.open(target)) {
            new JooqWorkflows(database, Clock.systemUTC()).add(new ailog.domain.Workflow(new WorkflowKey("other"),
                    "Other", "U0OWNER02"));
        }
        Map<String, List<String>> oneRow = tables(target);

        BotProcess migrate = migrate(source.toString(), target);

        assertThat(migrate.awaitExit(PATIENCE)).isEqualTo(1);
        assertThat(migrate.output()).anyMatch(line -> line.contains("already holds rows (in workflow), and"
                + " migrate-db copies only into an empty database"));
        assertThat(tables(target)).isEqualTo(oneRow);
        assertThat(oneRow.get("workflow")).hasSize(1);
        assertThat(oneRow.get("run")).isEmpty();
    }

    @Test
    void afterMigratingTheBotStoresNewRunsEnrollmentsAndMessagesUnderNewIds() throws Exception {
        migrated();
        long lastRun = maxId(source.toString(), RUN.ID);
        long lastMessage = maxId(source.toString(), OUTBOX.ID);

        try (RunningBot bot = RunningBot.start(Map.of("AILOG_DB", target))) {
            bot.slack().setUserZone("U0ERIN001", "UTC");
            assertThat(bot.requests().slashCommand("U0ERIN001", "proposal ok").json().toString())
                    .contains("Logged");
            Enrollment erin = new JooqEnrollments(bot.bot().database()).enroll(new Enrollment(0, "U0ERIN001",
                    LocalDate.parse("2026-11-23"), List.of(new WorkflowKey("proposal")), 70, ZoneId.of("UTC"),
                    RunningBot.OWNER, RunningBot.START, Optional.empty())).enrollment();
            bot.tick(RunningBot.START.plusSeconds(3_600));

            assertThat(bot.storedRunsOf("U0ERIN001")).singleElement()
                    .satisfies(run -> assertThat(run.id()).isEqualTo(lastRun + 1));
            assertThat(erin.id()).isEqualTo(6);
            Long welcome = bot.bot().database().read(dsl -> dsl.select(OUTBOX.ID).from(OUTBOX)
                    .where(OUTBOX.MESSAGE_KEY.eq("welcome:6")).fetchOne(OUTBOX.ID));
            assertThat(welcome).isGreaterThan(lastMessage);
        }
    }

    @Test
    void aCopyThatReadsBackDifferentlyIsRolledBackAndSaysWhichTable() throws Exception {
        Database.open(target).close();
        execute(target, """
                create function garble() returns trigger language plpgsql as $$
                begin new.notes := new.notes || '?'; return new; end $$;
                create trigger garble before insert on run for each row execute function garble();
                """);

        BotProcess migrate = migrate(source.toString(), target);

        assertThat(migrate.awaitExit(PATIENCE)).isEqualTo(1);
        assertThat(migrate.output()).anyMatch(line -> line.startsWith("ailog migrate-db: copied nothing: read back"
                + " before committing, the copy differed from " + source + " (run: " + (57 + EXTRA_RUNS)
                + " rows, checksum ") && line.contains("so the transaction was rolled back"));
        assertNoStackTrace(migrate);
        Map<String, List<String>> left = tables(target);
        left.forEach((table, rows) -> assertThat(rows).as(table).hasSize(table.equals("health") ? 1 : 0));
        assertThat(left.get("health")).containsExactly("[1, 0]");
    }

    @Test
    void badArgumentsGetASentenceWithACorrectExampleAndNoStackTrace() throws Exception {
        Path notADatabase = Files.writeString(folder.resolve("runs.csv"), "date,user\n");
        List<List<String>> wrong = List.of(
                List.of(),
                List.of("--from", source.toString()),
                List.of("--from", source.toString(), "--to", target, "--force"),
                List.of("--from", source.toString(), "--from", source.toString()),
                List.of("--from", source.toString(), "--to", "jdbc:mysql://db.example.com/ailog"),
                List.of("--from", folder.resolve("missing.db").toString(), "--to", target),
                List.of("--from", notADatabase.toString(), "--to", target),
                List.of("--from", "jdbc:sqlite:" + source, "--to", target));
        for (List<String> args : wrong) {
            List<String> command = new ArrayList<>(List.of("migrate-db"));
            command.addAll(args);
            BotProcess process = BotProcess.start(Map.of(), command.toArray(String[]::new));

            assertThat(process.awaitExit(PATIENCE)).as(args.toString()).isEqualTo(2);
            boolean wrongUrl = args.size() == 4 && args.get(3).startsWith("jdbc:mysql");
            assertThat(process.output()).as(args.toString()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("ailog migrate-db: ")
                    .endsWith(EXAMPLE + (wrongUrl ? " (the password goes in AILOG_DB_PASSWORD)" : "")));
        }
        assertThat(Files.exists(folder.resolve("missing.db"))).isFalse();
        assertThat(tables(target).get("run")).isEmpty();
    }

    @Test
    void aTargetThatCannotBeReachedCopiesNothingAndSaysWhy() {
        BotProcess migrate = migrate(source.toString(), "jdbc:postgresql://127.0.0.1:1/ailog?user=ailog");

        assertThat(migrate.awaitExit(PATIENCE)).isEqualTo(1);
        assertThat(migrate.output()).anyMatch(line -> line.startsWith("ailog migrate-db: copied nothing: cannot open"
                + " the database jdbc:postgresql://127.0.0.1:1/ailog?user=ailog"));
        assertNoStackTrace(migrate);
    }

    private static void assertNoStackTrace(BotProcess process) {
        assertThat(process.output()).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by")
                || line.contains("Exception"));
    }

    /** Every table of ailog's schema, each row as text, sorted: what two databases must agree on. */
    private static Map<String, List<String>> tables(String location) {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Database database = Database.open(location)) {
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                tables.put(table.getName(), database.read(dsl -> dsl.selectFrom(table).fetch()).stream()
                        .map(Record::intoList).map(Object::toString).sorted().toList());
            }
        }
        return tables;
    }

    /** The tables an SQLite file holds, Flyway's and SQLite's own aside. */
    private static List<String> schemaTables(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select name from sqlite_master where type = 'table'"
                        + " and name <> 'flyway_schema_history' and name not like 'sqlite%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private String export(String database) throws Exception {
        Path file = Files.createTempFile(folder, "export", ".csv");
        Files.delete(file);
        BotProcess export = ailog(database, "export", "--out", file.toString());
        assertThat(export.awaitExit(PATIENCE)).as(export.output().toString()).isEqualTo(0);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String reportJson(String database) {
        BotProcess report = ailog(database, "report", "--json", "--days", "90", "--at",
                EveryKindOfRow.REPORT_AT.toString());
        assertThat(report.awaitExit(PATIENCE)).as(report.output().toString()).isEqualTo(0);
        return report.output().stream().filter(line -> line.startsWith("{")).findFirst().orElseThrow();
    }

    /** Every enrollment, active or ended, with how it ended and what it followed, as the app reads them. */
    private static List<String> enrollments(String location) {
        List<String> all = new ArrayList<>();
        try (Database database = Database.open(location)) {
            JooqEnrollments enrollments = new JooqEnrollments(database);
            all.add("active: " + enrollments.all());
            for (long id = 1; id <= 6; id++) {
                all.add(id + ": " + enrollments.find(id) + " " + enrollments.endOf(id) + " " + enrollments.before(id));
            }
        }
        return all;
    }

    private static long maxId(String location, TableField<?, Long> id) {
        try (Database database = Database.open(location)) {
            return database.read(dsl -> dsl.select(DSL.max(id)).from(id.getTable()).fetchOne(0, Long.class));
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
