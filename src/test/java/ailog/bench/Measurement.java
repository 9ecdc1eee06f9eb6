package ailog.bench;

import java.util.Arrays;

/** One server's measured rounds added up: requests, failures, latencies and the time spent under load. */
final class Measurement {
    private final String name;
    private long[] latencies = new long[0];
    private int failures;
    private int notSent;
    private long elapsedNanos;

    Measurement(String name) {
        this.name = name;
    }

    void add(LoadRun.Result round) {
        int before = latencies.length;
        latencies = Arrays.copyOf(latencies, before + round.latenciesNanos().length);
        System.arraycopy(round.latenciesNanos(), 0, latencies, before, round.latenciesNanos().length);
        failures += round.failures();
        notSent += round.notSent();
        elapsedNanos += round.elapsedNanos();
    }

    String name() {
        return name;
    }

    int requests() {
        return latencies.length;
    }

    int failures() {
        return failures;
    }

    int notSent() {
        return notSent;
    }

    LatencyStats latency() {
        return new LatencyStats(latencies);
    }

    /** Requests answered per second of wall time under load (the rounds' durations added up). */
    double throughput() {
        return elapsedNanos == 0 ? Double.NaN : latencies.length / (elapsedNanos / 1e9);
    }
}
