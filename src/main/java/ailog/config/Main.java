package ailog.config;

import ailog.cli.Backup;
import ailog.cli.CsvExport;
import ailog.app.report.BuildReport;
import ailog.cli.CsvImport;
import ailog.cli.MigrateDb;
import ailog.cli.ReportCommand;
import ailog.app.fixes.ChangeEffects;
import ailog.persistence.JooqFoundationChanges;
import ailog.persistence.JooqEnrollments;
import ailog.persistence.JooqReportData;
import ailog.persistence.Database;
import ailog.persistence.DatabaseCopy;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWarmUp;
import ailog.persistence.JooqWorkflows;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import ailog.app.outbox.Sleeper;
import ailog.app.outbox.Tick;
import ailog.slack.SlackClients;
import com.slack.api.methods.MethodsClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * {@code java -jar ailog.jar [serve|import|export|backup|report|tick|migrate-db] …}: reads the settings and runs one
 * command.
 */
public final class Main {
    private static final String USAGE = "usage: java -jar ailog.jar [serve | import FILE.csv [--create-workflows]"
            + " | export [--out FILE] | backup FILE | report [--days N] [--at ISO-INSTANT] [--json]"
            + " | tick --at ISO-INSTANT | migrate-db --from FILE --to jdbc:postgresql://HOST/DB?user=USER]";

    private static final Set<String> SHORT_COMMANDS = Set.of("import", "export", "backup", "report", "tick");

    private Main() {}

    public static void main(String[] args) {
        quietLibraries();
        System.exit(run(Arrays.asList(args)));
    }

    /** jOOQ's banner and tip are logged at INFO, which ailog does not show: not worth making on every start. */
    static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
    }

    static int run(List<String> args) {
        return run(args, System.getenv());
    }

    /** Runs one command with the settings in {@code env}. */
    static int run(List<String> args, Map<String, String> env) {
        String command = args.isEmpty() ? "serve" : args.get(0);
        if (SHORT_COMMANDS.contains(command)) {
            JooqWarmUp.start(); // jOOQ starts on a spare core while logging and the database start on this one
        }
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            Settings settings = Settings.from(env);
            return switch (command) {
                case "serve" -> serve(settings);
                case "import", "export", "backup", "report" -> operate(settings, command, rest);
                case "tick" -> tick(settings, rest);
                case "migrate-db" -> migrate(settings, rest);
                default -> {
                    System.err.println("unknown command '" + command + "'\n" + USAGE);
                    yield 2;
                }
            };
        } catch (SettingsException | StartupException e) {
            System.err.println("ailog: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("ailog: " + command + " failed: " + e.getMessage());
            return 1;
        }
    }

    /** The operator's commands work on the database alone; they need no Slack tokens. */
    private static int operate(Settings settings, String command, List<String> args) {
        Clock clock = Clock.systemUTC();
        // UTF-8 whatever the locale: names and notes are rarely ASCII.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try (Database database = Database.open(settings.database(), settings.databasePassword().orElse(null))) {
            JooqRuns runs = new JooqRuns(database);
            return switch (command) {
                case "import" -> new CsvImport(runs, new JooqWorkflows(database, clock), clock, out, err).run(args);
                case "export" -> new CsvExport(runs, out, err).run(args);
                case "report" -> new ReportCommand(new BuildReport(new JooqReportData(database, runs,
                        new JooqWorkflows(database, clock), new JooqEnrollments(database)),
                        settings.defaultZone(), settings.targetPercent()), out, err, clock,
                        new ChangeEffects(new JooqFoundationChanges(database), runs)::madeBetween).run(args);
                default -> new Backup(new Backup.Source(database::backupTo, database.isPostgres(), database.url()), out, err).run(args);
            };
        } finally {
            out.flush();
        }
    }

    /** Copies the SQLite file named after --from into the empty PostgreSQL database named after --to. */
    private static int migrate(Settings settings, List<String> args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return new MigrateDb(DatabaseCopy.move(settings.databasePassword()), out, err).run(args);
    }

    /** Does once all scheduled work due by the instant, as if the clock read it, then exits. */
    private static int tick(Settings settings, List<String> args) {
        if (args.size() != 2 || !args.get(0).equals("--at")) {
            System.err.println("usage: java -jar ailog.jar tick --at 2026-12-01T09:00:00Z");
            return 2;
        }
        Instant at;
        try {
            at = Instant.parse(args.get(1));
        } catch (DateTimeParseException e) {
            System.err.println("ailog: --at needs an instant such as 2026-12-01T09:00:00Z, not '" + args.get(1) + "'");
            return 2;
        }
        String botToken = settings.botToken().orElseThrow(() -> new SettingsException(
                "SLACK_BOT_TOKEN is not set: tick sends messages, so it needs the bot token"));
        try (Workers workers = Workers.start(); Database database = Database.open(settings.database(), settings.databasePassword().orElse(null))) {
            Clock clock = Clock.fixed(at, ZoneOffset.UTC);
            // made only when there is something to send: a tick that finds nothing due never readies TLS
            Supplier<MethodsClient> slack = SlackClients.methodsOnFirstUse(settings.apiUrl(), botToken);
            Tick.Done done = Services.build(settings, clock, database, slack, workers, Sleeper.REAL).tick().run(at);
            System.out.println("tick at " + at + ": " + done.planned() + " messages planned, " + done.sent() + " sent");
            return 0;
        }
    }

    /** Serves until SIGTERM or Ctrl-C, then stops cleanly and exits 0. */
    private static int serve(Settings settings) {
        Bot bot = Bot.start(settings, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bot.close();
            Runtime.getRuntime().halt(0); // a stop we asked for is a success, not the JVM's 143
        }, "shutdown"));
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
