package ailog.bench;

import ailog.testing.FakeSlack;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench/log-benchmark.sh}: logs through {@code /ailog} on the real bot against a Bolt app that only acks, both
 * on the same Jetty handler with the same JVM flags, measured in alternating rounds.
 */
public final class LogBenchmark {
    static final String JAR = "target/ailog.jar";
    static final String TEST_CLASSES = "target/test-classes";
    static final String TOKEN = "xoxb-bench";
    static final String SECRET = "bench-secret";

    private final BenchOptions options;
    private final Report report;

    private LogBenchmark(BenchOptions options, PrintStream out) {
        this.options = options;
        this.report = new Report(out);
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.println(BenchOptions.USAGE);
            System.exit(0);
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            new LogBenchmark(options, System.out).run();
            System.exit(0);
        } catch (BenchmarkBroke | UncheckedIOException e) {
            System.err.println("benchmark broke: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() {
        requireBuild("bench/log-benchmark.sh");
        Path folder = temporaryFolder();
        BotDatabase database = new BotDatabase(folder.resolve("bench.db"));
        database.seed();
        try (FakeSlack slack = FakeSlack.start();
                ServerProcess bot = ServerProcess.start("bot", List.of("-jar", JAR, "serve"), env(slack, database));
                ServerProcess bare = ServerProcess.start("bare",
                        List.of("-cp", JAR + ":" + TEST_CLASSES, BareAckApp.class.getName()), env(slack, database))) {
            describe(bot, bare);
            AlternatingRounds.Results results = new AlternatingRounds(options, report).run(
                    new Target("bot", bot, new SlashCommandClient(bot.port(), SECRET, slack::newResponseUrl),
                            answer -> answer.status() == 200 && answer.body().contains("Logged")),
                    new Target("bare", bare, new SlashCommandClient(bare.port(), SECRET, slack::newResponseUrl),
                            answer -> answer.status() == 200));
            report.servers(results.bot(), results.bare());
            report.ratios(results.bot(), results.bare());
            checkDatabase(bot, database, results.bot().acknowledged());
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The jar and the test classes, which the servers run from. */
    static void requireBuild(String script) {
        if (!Files.isRegularFile(Path.of(JAR)) || !Files.isDirectory(Path.of(TEST_CLASSES))) {
            throw new BenchmarkBroke(JAR + " or " + TEST_CLASSES + " is missing: run from the repository root after"
                    + " ./mvnw -DskipTests package (" + script + " does both)");
        }
    }

    private void describe(ServerProcess bot, ServerProcess bare) {
        report.line("ailog log benchmark: %d measured logs per server in %d alternating rounds, %d warm-up logs each,"
                + " %d in flight", options.requests(), options.rounds(), options.warmup(), options.concurrency());
        report.line("java %s, %d cores; both servers run with %s", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), String.join(" ", ServerProcess.JVM_FLAGS));
        report.line("bot:  java -jar %s serve (pid %d, port %d)", JAR, bot.pid(), bot.port());
        report.line("bare: java -cp %s:%s %s (pid %d, port %d)", JAR, TEST_CLASSES, BareAckApp.class.getName(),
                bare.pid(), bare.port());
        report.line("each request: /ailog %s, from one of %d users", LoadRun.TEXT, LoadRun.USERS);
    }

    /** Stops the bot as an operator would (SIGTERM), then counts what it stored. */
    private void checkDatabase(ServerProcess bot, BotDatabase database, long acknowledged) {
        boolean graceful = bot.stopGracefully();
        if (!graceful) {
            report.line("warning: the bot did not stop within its limit after SIGTERM and was killed");
        }
        report.database(database.countRuns(), acknowledged);
    }

    static Map<String, String> env(FakeSlack slack, BotDatabase database) {
        return Map.of(
                "SLACK_BOT_TOKEN", TOKEN,
                "SLACK_SIGNING_SECRET", SECRET,
                "SLACK_API_URL", slack.apiUrl(),
                "PORT", "0",
                "AILOG_DB", database.file().toString());
    }

    static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ailog-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 2)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + folder + ": " + e.getMessage());
        }
    }
}
