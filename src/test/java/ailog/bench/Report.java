package ailog.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints the two servers side by side and how far the bot is from the "within 1.5×" target. */
final class Report {
    static final double TARGET = 1.5;

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void servers(Measurement... servers) {
        out.println();
        line("%-6s %9s %9s %9s %9s %9s %10s", "server", "requests", "failures", "p50 ms", "p99 ms", "max ms", "req/s");
        for (Measurement server : servers) {
            LatencyStats latency = server.latency();
            line("%-6s %9d %9d %9.2f %9.2f %9.1f %10.0f", server.name(), server.requests(),
                    server.failures() + server.notSent(), latency.p50(), latency.p99(), latency.max(),
                    server.throughput());
        }
    }

    void ratios(Measurement bot, Measurement bare) {
        out.println();
        line("ratios (target: bot within %.1f× of the bare ack)", TARGET);
        ratio("p50 latency   bot/bare", bot.latency().p50() / bare.latency().p50());
        ratio("p99 latency   bot/bare", bot.latency().p99() / bare.latency().p99());
        ratio("throughput    bare/bot", bare.throughput() / bot.throughput());
    }

    void database(long stored, long acknowledged) {
        out.println();
        line("database: %d runs stored, %d logs acknowledged (warm-up + measured): %s", stored, acknowledged,
                stored == acknowledged ? "OK, they match" : "MISMATCH");
    }

    void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }

    private void ratio(String label, double value) {
        line("  %-24s %6.2f×  %s", label, value, value <= TARGET ? "within target" : "MISSES target");
    }
}
