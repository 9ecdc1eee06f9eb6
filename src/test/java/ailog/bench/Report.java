package ailog.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/** Prints the two servers side by side and how far the bot is from the "within 1.5x" target. */
final class Report {
    static final double TARGET = 1.5;

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void servers(Measurement... servers) {
        out.println();
        line("%-6s %9s %9s %9s %9s %9s %10s %14s", "server", "requests", "failures", "p50 ms", "p99 ms", "max ms",
                "req/s", "server cpu/req");
        for (Measurement server : servers) {
            LatencyStats latency = server.latency();
            line("%-6s %9d %9d %9.2f %9.2f %9.1f %10.0f %11.0f us", server.name(), server.requests(),
                    server.failures(), latency.p50(), latency.p99(), latency.max(),
                    server.throughput(), server.serverCpuMicrosPerRequest());
        }
    }

    void ratios(Measurement bot, Measurement bare) {
        out.println();
        line("ratios (target: bot within %.1fx of the bare ack)", TARGET);
        ratio("p50 latency   bot/bare", bot.latency().p50() / bare.latency().p50());
        ratio("p99 latency   bot/bare", bot.latency().p99() / bare.latency().p99());
        ratio("throughput    bare/bot", bare.throughput() / bot.throughput());
        line("  %-24s %6.2fx  (diagnostic, no target)", "server cpu/req bot/bare",
                bot.serverCpuMicrosPerRequest() / bare.serverCpuMicrosPerRequest());
    }

    void database(long stored, long acknowledged) {
        out.println();
        line("database: %d runs stored, %d logs acknowledged (warm-up + measured): %s", stored, acknowledged,
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
