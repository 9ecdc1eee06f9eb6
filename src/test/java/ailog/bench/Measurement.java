package ailog.bench;

import java.util.Arrays;

/** One server's measured rounds added up: requests, failures, latencies and the time spent under load. */
final class Measurement {
    private final String name;
    private long[] latencies = new long[0];
    private int failures;
    private long elapsedNanos;
    private long serverCpuNanos;
    private long acknowledged;

    Measurement(String name) {
        this.name = name;
    }

    /** Warm-up rounds are not measured; only the logs they got acknowledged count (the database holds them). */
    void warmedUp(LoadRun.Result round) {
        acknowledged += round.acknowledged();
    }

    void add(LoadRun.Result round) {
        int before = latencies.length;
        latencies = Arrays.copyOf(latencies, before + round.latenciesNanos().length);
        System.arraycopy(round.latenciesNanos(), 0, latencies, before, round.latenciesNanos().length);
        failures += round.failures();
        elapsedNanos += round.elapsedNanos();
        serverCpuNanos += round.serverCpuNanos();
        acknowledged += round.acknowledged();
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

    /** Logs acknowledged in the warm-up and the measured rounds. */
    long acknowledged() {
        return acknowledged;
    }

    LatencyStats latency() {
        return new LatencyStats(latencies);
    }

    /** The server JVM's CPU time per request, in microseconds (all its threads, GC and JIT included). */
    double serverCpuMicrosPerRequest() {
        return latencies.length == 0 ? Double.NaN : serverCpuNanos / 1e3 / latencies.length;
    }

    /** Requests answered per second of wall time under load (the rounds' durations added up). */
    double throughput() {
        return elapsedNanos == 0 ? Double.NaN : latencies.length / (elapsedNanos / 1e9);
    }
}
