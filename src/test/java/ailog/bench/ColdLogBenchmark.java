package ailog.bench;

import ailog.slack.SlackClients;
import ailog.testing.FakeSlack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

/**
 * {@code bench/cold-log-benchmark.sh}: logging as a new user meets it. Each round starts a fresh bot JVM (the jar,
 * a fresh SQLite file, the fake Slack) and a fresh bare-acknowledgement JVM, one after the other in alternating
 * order, and sends each, with no warm-up, the first logs and then the next ones; the ratios compare the two servers
 * of the same round. Afterwards every acknowledged log must be in the bot's database exactly once.
 */
public final class ColdLogBenchmark {
    /** Extra JVM flags for the bot only, space-separated (to try an archive or a profiler); unset for the figures. */
    static final String BOT_FLAGS_VARIABLE = "AILOG_BENCH_BOT_FLAGS";
    /** Another build of the bot's jar to measure instead of this one (an older commit, for before and after). */
    static final String BOT_JAR_VARIABLE = "AILOG_BENCH_BOT_JAR";

    /**
     * One phase (the first logs, or the next ones) of one server in one round; the server's CPU per log in all, and
     * split into its JIT compiler threads, its garbage collector and the rest (the threads that serve).
     */
    record Phase(LatencyStats latency, int requests, int failures, double throughput, double cpuMicrosPerLog,
            ServerProcess.CpuByKind cpu) {
        static Phase of(LoadRun.Result result, ServerProcess.CpuByKind cpu) {
            int n = result.latenciesNanos().length;
            return new Phase(new LatencyStats(result.latenciesNanos()), n, result.failures(),
                    n / (result.elapsedNanos() / 1e9), result.serverCpuNanos() / 1e3 / Math.max(n, 1), cpu);
        }

        String cpuSplit() {
            double n = Math.max(requests, 1);
            return String.format(Locale.ROOT, "jit %.0f / gc %.0f / rest %.0f us", cpu.jit().toNanos() / 1e3 / n,
                    cpu.gc().toNanos() / 1e3 / n, cpu.rest().toNanos() / 1e3 / n);
        }
    }

    /** One server's fresh start in one round: how long it took to listen and the CPU that took, then its phases. */
    record Start(double readySeconds, ServerProcess.CpuByKind startCpu, Phase first, Phase next) {}

    /** A round: both servers, and what the bot's database held afterwards. */
    record Round(Start bot, Start bare, boolean stored) {}

    private static final int FAKE_WARMUP = 2_000;
    private static final String ALL_STORED = "database: every acknowledged log stored exactly once";

    private final ColdOptions options;
    private final Report report;
    private final List<String> botFlags;
    private final String botJar;

    private ColdLogBenchmark(ColdOptions options, PrintStream out, List<String> botFlags, String botJar) {
        this.options = options;
        this.report = new Report(out);
        this.botFlags = botFlags;
        this.botJar = botJar;
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.println(ColdOptions.USAGE);
            System.exit(0);
        }
        ColdOptions options;
        try {
            options = ColdOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + ColdOptions.USAGE);
            System.exit(2);
            return;
        }
        String flags = System.getenv().getOrDefault(BOT_FLAGS_VARIABLE, "").strip();
        List<String> botFlags = flags.isEmpty() ? List.of() : List.of(flags.split("\\s+"));
        try {
            String botJar = System.getenv().getOrDefault(BOT_JAR_VARIABLE, LogBenchmark.JAR);
            boolean allStored = new ColdLogBenchmark(options, System.out, botFlags, botJar).run();
            System.exit(allStored ? 0 : 1);
        } catch (BenchmarkBroke | UncheckedIOException e) {
            System.err.println("benchmark broke: " + e.getMessage());
            System.exit(1);
        }
    }

    private boolean run() {
        LogBenchmark.requireBuild("bench/cold-log-benchmark.sh");
        describe();
        Path folder = LogBenchmark.temporaryFolder();
        List<Round> rounds = new ArrayList<>();
        try (FakeSlack slack = FakeSlack.start()) {
            warmClient(slack, folder);
            for (int round = 0; round < options.rounds(); round++) {
                rounds.add(round(round, slack, folder));
            }
        } finally {
            LogBenchmark.deleteQuietly(folder);
        }
        summary(rounds);
        return rounds.stream().allMatch(Round::stored);
    }

    private void describe() {
        report.line("ailog cold logging benchmark: %d rounds; each round a fresh bot JVM and a fresh bare-ack JVM,"
                + " one after the other (bot first in odd rounds), no warm-up", options.rounds());
        report.line("each server: the first %d logs, then the next %d, %d in flight; ratios are bot/bare within"
                + " a round", options.first(), options.next(), options.concurrency());
        report.line("java %s, %d cores; both servers run with %s", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), String.join(" ", ServerProcess.JVM_FLAGS));
        report.line("bot:  java %s-jar %s serve, a fresh SQLite file each round",
                botFlags.isEmpty() ? "" : String.join(" ", botFlags) + " ", botJar);
        report.line("bare: java -cp %s:%s %s", LogBenchmark.JAR, LogBenchmark.TEST_CLASSES,
                BareAckApp.class.getName());
        report.line("each request: /ailog %s <n>, from one of %d users", LoadRun.TEXT, LoadRun.USERS);
    }

    /** The load generator is a JVM too: it sends its first requests to a throwaway server, never to a measured one. */
    private void warmClient(FakeSlack slack, Path folder) {
        if (options.clientWarmup() == 0) {
            return;
        }
        try (ServerProcess throwaway = bare(slack, folder)) {
            LoadRun.Result result = load(target(throwaway, slack), options.clientWarmup(), i -> LoadRun.TEXT);
            report.line("client warm-up: %d logs to a throwaway bare server in %.1f s (%d failed); not measured",
                    options.clientWarmup(), result.elapsedNanos() / 1e9, result.failures());
        }
        // the fake Slack runs in this JVM too: its users.info answers (each member's zone) warm before the bot asks
        long start = System.nanoTime();
        MethodsClient methods = SlackClients.forApi(slack.apiUrl()).methods(LogBenchmark.TOKEN);
        for (int i = 0; i < FAKE_WARMUP; i++) {
            String user = String.format(Locale.ROOT, "U0WARM%03d", i);
            try {
                methods.usersInfo(r -> r.user(user));
            } catch (IOException | SlackApiException e) {
                throw new BenchmarkBroke("the fake Slack did not answer users.info: " + e.getMessage());
            }
        }
        report.line("fake Slack warm-up: %d users.info calls in %.1f s; not measured", FAKE_WARMUP,
                (System.nanoTime() - start) / 1e9);
    }

    private Round round(int round, FakeSlack slack, Path folder) {
        report.line("");
        report.line("round %d/%d, %s first, load average %.2f", round + 1, options.rounds(),
                round % 2 == 0 ? "bot" : "bare", loadAverage());
        Start bot = null;
        Start bare = null;
        boolean stored = false;
        String storedLine = "";
        for (int turn = 0; turn < 2; turn++) {
            if ((turn == 0) == (round % 2 == 0)) {
                BotDatabase database = new BotDatabase(folder.resolve("round-" + (round + 1) + ".db").toString());
                database.seed();
                long started = System.nanoTime();
                try (ServerProcess server = ServerProcess.start("bot", botLaunch(),
                        LogBenchmark.env(slack, database))) {
                    double ready = (System.nanoTime() - started) / 1e9;
                    server.printed("rehears").ifPresent(line -> report.line("  bot said: %s",
                            line.substring(line.indexOf("rehears"))));
                    Target target = new Target("bot", server, client(server, slack),
                            answer -> answer.status() == 200 && answer.body().contains("Logged"));
                    BitSet acknowledged = new BitSet();
                    bot = phases(target, ready, acknowledged);
                    if (!server.stopGracefully()) {
                        report.line("  warning: the bot did not stop within its limit after SIGTERM and was killed");
                    }
                    storedLine = checkStored(database, acknowledged);
                    stored = storedLine.startsWith(ALL_STORED);
                }
            } else {
                long started = System.nanoTime();
                try (ServerProcess server = bare(slack, folder)) {
                    double ready = (System.nanoTime() - started) / 1e9;
                    bare = phases(target(server, slack), ready, new BitSet());
                }
            }
        }
        line("bot", bot);
        line("bare", bare);
        ratioLine("first " + options.first(), bot.first(), bare.first());
        if (options.next() > 0) {
            ratioLine("next " + options.next(), bot.next(), bare.next());
        }
        report.line("  %s", storedLine);
        return new Round(bot, bare, stored);
    }

    /** The first logs, then the next ones; the indexes of acknowledged logs go into {@code acknowledged}. */
    private Start phases(Target target, double ready, BitSet acknowledged) {
        ServerProcess.CpuByKind started = target.server().cpuByKind();
        LoadRun.Result first = load(target, options.first(), ColdLogBenchmark::text);
        ServerProcess.CpuByKind afterFirst = target.server().cpuByKind();
        first.acknowledgedIndexes().stream().forEach(acknowledged::set);
        Phase next = null;
        if (options.next() > 0) {
            LoadRun.Result result = load(target, options.next(), i -> text(options.first() + i));
            result.acknowledgedIndexes().stream().forEach(i -> acknowledged.set(options.first() + i));
            next = Phase.of(result, target.server().cpuByKind().minus(afterFirst));
        }
        return new Start(ready, started, Phase.of(first, afterFirst.minus(started)), next);
    }

    /** Every log has its own note, so the database shows which were stored, and how often. */
    private static String text(int i) {
        return LoadRun.TEXT + " " + i;
    }

    private static String notes(int i) {
        return text(i).substring(text(i).indexOf("bench"));
    }

    /** A line saying what the database held, starting with {@link #ALL_STORED} when nothing is amiss. */
    private static String checkStored(BotDatabase database, BitSet acknowledged) {
        Map<String, Integer> byNotes = database.runsByNotes();
        int missing = 0;
        int twice = 0;
        int ofAcknowledged = 0;
        for (int i = acknowledged.nextSetBit(0); i >= 0; i = acknowledged.nextSetBit(i + 1)) {
            int count = byNotes.getOrDefault(notes(i), 0);
            missing += count == 0 ? 1 : 0;
            twice += count > 1 ? 1 : 0;
            ofAcknowledged += count;
        }
        int stored = byNotes.values().stream().mapToInt(Integer::intValue).sum();
        int unacknowledged = stored - ofAcknowledged;
        boolean ok = missing == 0 && twice == 0;
        return String.format(Locale.ROOT, "%s: %d runs stored for %d acknowledged logs%s",
                ok ? ALL_STORED : "database MISMATCH: " + missing + " acknowledged logs missing, " + twice
                        + " stored more than once", stored, acknowledged.cardinality(),
                unacknowledged > 0 ? "; " + unacknowledged + " stored whose acknowledgement the client missed" : "");
    }

    private List<String> botLaunch() {
        List<String> launch = new ArrayList<>(botFlags);
        launch.addAll(List.of("-jar", botJar, "serve"));
        return launch;
    }

    private static ServerProcess bare(FakeSlack slack, Path folder) {
        return ServerProcess.start("bare", List.of("-cp", LogBenchmark.JAR + ":" + LogBenchmark.TEST_CLASSES,
                BareAckApp.class.getName()), LogBenchmark.env(slack, new BotDatabase(folder.resolve("unused.db").toString())));
    }

    private static Target target(ServerProcess bare, FakeSlack slack) {
        return new Target("bare", bare, client(bare, slack), answer -> answer.status() == 200);
    }

    private static SlashCommandClient client(ServerProcess server, FakeSlack slack) {
        return new SlashCommandClient(server.port(), LogBenchmark.SECRET, slack::newResponseUrl);
    }

    private LoadRun.Result load(Target target, int requests, IntFunction<String> texts) {
        LoadRun.Result result = new LoadRun(target, options.concurrency(), texts).run(requests);
        if (result.notSent() > 0) {
            throw new BenchmarkBroke(target.name() + ": " + result.notSent() + " logs not sent within the time limit");
        }
        return result;
    }

    private void line(String name, Start start) {
        ServerProcess.CpuByKind cpu = start.startCpu();
        report.line("  %-4s  ready in %.2f s (cpu: jit %.2f s, gc %.2f s, rest %.2f s)", name, start.readySeconds(),
                cpu.jit().toMillis() / 1e3, cpu.gc().toMillis() / 1e3, cpu.rest().toMillis() / 1e3);
        phaseLine("first " + options.first(), start.first());
        if (start.next() != null) {
            phaseLine("next " + options.next(), start.next());
        }
    }

    private void phaseLine(String label, Phase phase) {
        report.line("        %-11s p50 %7.2f ms, p99 %8.2f ms, %5.0f logs/s, %d failed; cpu/log %5.0f us (%s)", label,
                phase.latency().p50(), phase.latency().p99(), phase.throughput(), phase.failures(),
                phase.cpuMicrosPerLog(), phase.cpuSplit());
    }

    private void summary(List<Round> rounds) {
        report.line("");
        report.line("summary over %d rounds: min-max (median); ratios are bot/bare of the same round, target within"
                + " %.1fx at p50 and p99", rounds.size(), Report.TARGET);
        report.line("%-12s %-5s %22s %22s %22s %18s", "phase", "server", "p50 ms", "p99 ms", "logs/s", "ready s");
        phaseSummary("first " + options.first(), rounds, Start::first);
        if (options.next() > 0) {
            phaseSummary("next " + options.next(), rounds, Start::next);
        }
        report.line("");
        ratioSummary("first " + options.first(), rounds, Start::first);
        if (options.next() > 0) {
            ratioSummary("next " + options.next(), rounds, Start::next);
        }
        report.line("");
        report.line("database: %s", rounds.stream().allMatch(Round::stored)
                ? "in every round every acknowledged log was stored exactly once" : "MISMATCH in some round (above)");
    }

    private void phaseSummary(String phase, List<Round> rounds, java.util.function.Function<Start, Phase> which) {
        for (String server : List.of("bot", "bare")) {
            List<Start> starts = rounds.stream().map(r -> server.equals("bot") ? r.bot() : r.bare()).toList();
            List<Phase> phases = starts.stream().map(which).toList();
            report.line("%-12s %-5s %22s %22s %22s %18s", phase, server,
                    range(phases, p -> p.latency().p50(), "%.2f"), range(phases, p -> p.latency().p99(), "%.2f"),
                    range(phases, Phase::throughput, "%.0f"),
                    range(starts, Start::readySeconds, "%.2f"));
        }
    }

    private void ratioSummary(String phase, List<Round> rounds, java.util.function.Function<Start, Phase> which) {
        List<double[]> ratios = rounds.stream().map(r -> new double[] {
                which.apply(r.bot()).latency().p50() / which.apply(r.bare()).latency().p50(),
                which.apply(r.bot()).latency().p99() / which.apply(r.bare()).latency().p99(),
                which.apply(r.bare()).throughput() / which.apply(r.bot()).throughput()}).toList();
        report.line("%-12s p50 bot/bare %s, p99 bot/bare %s, throughput bare/bot %s", phase,
                range(ratios, r -> r[0], "%.2fx"), range(ratios, r -> r[1], "%.2fx"),
                range(ratios, r -> r[2], "%.2fx"));
        long p50Met = ratios.stream().filter(r -> r[0] <= Report.TARGET).count();
        long p99Met = ratios.stream().filter(r -> r[1] <= Report.TARGET).count();
        report.line("%-12s target %.1fx: p50 within it in %d of %d rounds, p99 in %d of %d", "", Report.TARGET,
                p50Met, ratios.size(), p99Met, ratios.size());
    }

    private static <T> String range(List<T> items, ToDoubleFunction<T> value, String format) {
        double[] values = items.stream().mapToDouble(value).sorted().toArray();
        double median = values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        return String.format(Locale.ROOT, format + "-" + format + " (" + format + ")", values[0],
                values[values.length - 1], median).replace("x-", "-");
    }

    private void ratioLine(String label, Phase bot, Phase bare) {
        report.line("  bot/bare  %-11s p50 %.2fx, p99 %.2fx, throughput bare/bot %.2fx, cpu/log %.2fx", label,
                bot.latency().p50() / bare.latency().p50(), bot.latency().p99() / bare.latency().p99(),
                bare.throughput() / bot.throughput(), bot.cpuMicrosPerLog() / bare.cpuMicrosPerLog());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
