package ailog.bench;

import ailog.testing.FakeSlack;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench/log-benchmark.sh}: logs through {@code /ailog} on the real bot against a Bolt app that only acks, both
 * on the same Jetty handler with the same JVM flags, measured in alternating rounds; with {@code --db postgres}, the
 * bot on PostgreSQL too, one instance and (with {@code --instances N}) several sharing its database.
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
        BotDatabase sqlite = new BotDatabase(folder.resolve("bench.db").toString());
        sqlite.seed();
        List<ServerProcess> servers = new ArrayList<>();
        DurablePostgres postgres = null;
        try (FakeSlack slack = FakeSlack.start()) {
            ServerProcess bot = start(servers, "bot", List.of("-jar", JAR, "serve"), env(slack, sqlite));
            ServerProcess bare = start(servers, "bare",
                    List.of("-cp", JAR + ":" + TEST_CLASSES, BareAckApp.class.getName()), env(slack, sqlite));
            List<Target> targets = new ArrayList<>(List.of(
                    new Target(options.postgres() ? "sqlite" : "bot", bot, client(bot, slack), LogBenchmark::logged),
                    new Target("bare", bare, client(bare, slack), answer -> answer.status() == 200)));
            describe(bot, bare);
            BotDatabase shared = null;
            List<ServerProcess> instances = new ArrayList<>();
            if (options.postgres()) {
                postgres = DurablePostgres.start(folder);
                shared = new BotDatabase(postgres.createDatabase("ailog_bench"));
                shared.seed();
                for (int i = 0; i < options.instances(); i++) {
                    instances.add(start(servers, "pg-" + (i + 1), List.of("-jar", JAR, "serve"), env(slack, shared)));
                }
                targets.addAll(postgresTargets(instances, slack, postgres));
                describe(postgres, instances);
            }
            List<Measurement> results = new AlternatingRounds(options, report).run(targets);
            Measurement bareResult = results.get(1);
            List<Measurement> bots = new ArrayList<>(results);
            bots.remove(bareResult);
            report.servers(results);
            report.ratios(bots, bareResult);
            report.line("");
            checkDatabase(List.of(bot), sqlite, bots.get(0).acknowledged(), "SQLite");
            if (shared != null) {
                long acknowledged = bots.subList(1, bots.size()).stream().mapToLong(Measurement::acknowledged).sum();
                checkDatabase(instances, shared, acknowledged, "PostgreSQL");
            }
        } finally {
            servers.forEach(ServerProcess::close);
            if (postgres != null) {
                postgres.close();
            }
            deleteQuietly(folder);
        }
    }

    /** PostgreSQL with one instance, and with all of them sharing its database when there are several. */
    private static List<Target> postgresTargets(List<ServerProcess> instances, FakeSlack slack,
            DurablePostgres postgres) {
        List<Target> targets = new ArrayList<>();
        List<Integer> counts = instances.size() == 1 ? List.of(1) : List.of(1, instances.size());
        for (int count : counts) {
            List<ServerProcess> serving = instances.subList(0, count);
            targets.add(new Target("pg x" + count, serving,
                    serving.stream().map(server -> client(server, slack)).toList(), LogBenchmark::logged,
                    postgres::cpuTime));
        }
        return targets;
    }

    private static boolean logged(SlashCommandClient.Answer answer) {
        return answer.status() == 200 && answer.body().contains("Logged");
    }

    private static SlashCommandClient client(ServerProcess server, FakeSlack slack) {
        return new SlashCommandClient(server.port(), SECRET, slack::newResponseUrl);
    }

    /** Starts a server and keeps it in {@code servers}, so that it is stopped whatever happens next. */
    private static ServerProcess start(List<ServerProcess> servers, String name, List<String> launch,
            Map<String, String> env) {
        ServerProcess server = ServerProcess.start(name, launch, env);
        servers.add(server);
        return server;
    }

    /** The jar and the test classes, which the servers run from. */
    static void requireBuild(String script) {
        if (!Files.isRegularFile(Path.of(JAR)) || !Files.isDirectory(Path.of(TEST_CLASSES))) {
            throw new BenchmarkBroke(JAR + " or " + TEST_CLASSES + " is missing: run from the repository root after"
                    + " ./mvnw -DskipTests package (" + script + " does both)");
        }
    }

    private void describe(ServerProcess bot, ServerProcess bare) {
        report.line("ailog log benchmark: %d measured logs per configuration in %d rounds, %d warm-up logs per"
                + " server, %d in flight", options.requests(), options.rounds(), options.warmup(),
                options.concurrency());
        report.line("java %s, %d cores; every server runs with %s", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), String.join(" ", ServerProcess.JVM_FLAGS));
        report.line("bot:  java -jar %s serve (pid %d, port %d), on SQLite", JAR, bot.pid(), bot.port());
        report.line("bare: java -cp %s:%s %s (pid %d, port %d)", JAR, TEST_CLASSES, BareAckApp.class.getName(),
                bare.pid(), bare.port());
        report.line("each request: /ailog %s, from one of %d users", LoadRun.TEXT, LoadRun.USERS);
    }

    private void describe(DurablePostgres postgres, List<ServerProcess> instances) {
        report.line("%s (embedded, data on the same disk as the SQLite file)", postgres.describe());
        for (ServerProcess instance : instances) {
            report.line("%s: java -jar %s serve (pid %d, port %d), on that PostgreSQL", instance.name(), JAR,
                    instance.pid(), instance.port());
        }
        if (instances.size() > 1) {
            report.line("pg x%d sends the requests to the %d instances in turn", instances.size(), instances.size());
        }
    }

    /** Stops the bots as an operator would (SIGTERM), then counts what they stored. */
    private void checkDatabase(List<ServerProcess> bots, BotDatabase database, long acknowledged, String which) {
        for (ServerProcess bot : bots) {
            if (!bot.stopGracefully()) {
                report.line("warning: %s did not stop within its limit after SIGTERM and was killed", bot.name());
            }
        }
        report.database(which, database.countRuns(), acknowledged);
    }

    static Map<String, String> env(FakeSlack slack, BotDatabase database) {
        return Map.of(
                "SLACK_BOT_TOKEN", TOKEN,
                "SLACK_SIGNING_SECRET", SECRET,
                "SLACK_API_URL", slack.apiUrl(),
                "PORT", "0",
                "AILOG_DB", database.location());
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
