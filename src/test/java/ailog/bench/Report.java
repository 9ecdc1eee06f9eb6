package ailog.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/** Prints the servers side by side and how far each bot configuration is from the "within 1.5x" target. */
final class Report {
    static final double TARGET = 1.5;

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void servers(List<Measurement> servers) {
        out.println();
        line("%-7s %9s %9s %9s %9s %9s %10s %13s %13s", "server", "requests", "failures", "p50 ms", "p99 ms",
                "max ms", "req/s", "bot cpu/req", "pg cpu/req");
        for (Measurement server : servers) {
            LatencyStats latency = server.latency();
            double database = server.databaseCpuMicrosPerRequest();
            line("%-7s %9d %9d %9.2f %9.2f %9.1f %10.0f %10.0f us %13s", server.name(), server.requests(),
                    server.failures(), latency.p50(), latency.p99(), latency.max(), server.throughput(),
                    server.serverCpuMicrosPerRequest(),
                    Double.isNaN(database) ? "-" : String.format(Locale.ROOT, "%10.0f us", database));
        }
        line("bot cpu/req: the server JVMs' CPU time per request (SQLite works inside the bot's JVM); pg cpu/req: the"
                + " PostgreSQL server's processes (postmaster, background workers and backends, read from /proc)");
    }

    /** Each bot configuration against the bare acknowledgement. */
    void ratios(List<Measurement> bots, Measurement bare) {
        for (Measurement bot : bots) {
            out.println();
            line("ratios of %s (target: bot within %.1fx of the bare ack)", bot.name(), TARGET);
            ratio("p50 latency   bot/bare", bot.latency().p50() / bare.latency().p50());
            ratio("p99 latency   bot/bare", bot.latency().p99() / bare.latency().p99());
            ratio("throughput    bare/bot", bare.throughput() / bot.throughput());
            double cpu = bot.serverCpuMicrosPerRequest() + (Double.isNaN(bot.databaseCpuMicrosPerRequest()) ? 0
                    : bot.databaseCpuMicrosPerRequest());
            line("  %-24s %6.2fx  (diagnostic, no target; database server included)", "cpu/req       bot/bare",
                    cpu / bare.serverCpuMicrosPerRequest());
        }
    }

    void database(String which, long stored, long acknowledged) {
        line("%s: %d runs stored, %d logs acknowledged (warm-up + measured): %s", which, stored, acknowledged,
                stored == acknowledged ? "OK, they match" : "MISMATCH");
    }

    /** The machine's load, since other work on a shared 2-core box shows up in every number. */
    void loadAverage(String when) {
        line("system load average %s the measured rounds: %.2f", when,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }

    private void ratio(String label, double value) {
        line("  %-24s %6.2fx  %s", label, value, value <= TARGET ? "within target" : "MISSES target");
    }
}
