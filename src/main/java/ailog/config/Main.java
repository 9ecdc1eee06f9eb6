package ailog.config;

import ailog.cli.Backup;
import ailog.cli.CsvExport;
import ailog.cli.CsvImport;
import ailog.persistence.Database;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar ailog.jar [serve|import|export|backup] …}: reads the settings and runs one command. */
public final class Main {
    private static final String USAGE = "usage: java -jar ailog.jar [serve | import FILE.csv [--create-workflows]"
            + " | export [--out FILE] | backup FILE]";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args)));
    }

    static int run(List<String> args) {
        String command = args.isEmpty() ? "serve" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            Settings settings = Settings.from(System.getenv());
            return switch (command) {
                case "serve" -> serve(settings);
                case "import", "export", "backup" -> operate(settings, command, rest);
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
        try (Database database = Database.open(settings.database())) {
            JooqRuns runs = new JooqRuns(database);
            return switch (command) {
                case "import" -> new CsvImport(runs, new JooqWorkflows(database, clock), clock, out, err).run(args);
                case "export" -> new CsvExport(runs, out, err).run(args);
                default -> new Backup(database, out, err).run(args);
            };
        } finally {
            out.flush();
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
