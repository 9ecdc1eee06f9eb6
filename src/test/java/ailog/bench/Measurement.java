package ailog.bench;

import java.util.Arrays;

/** One server's measured rounds added up: requests, failures, latencies and the time spent under load. */
final class Measurement {
    private final String name;
    private long[] latencies = new long[0];
    private int failures;
    private long elapsedNanos;
    private long serverCpuNanos;
    private long databaseCpuNanos;
    private boolean databaseCpuKnown = true;
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
        databaseCpuNanos += Math.max(round.databaseCpuNanos(), 0);
        databaseCpuKnown &= round.databaseCpuNanos() >= 0;
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

    /** The server JVMs' CPU time per request, in microseconds (all their threads, GC and JIT included). */
    double serverCpuMicrosPerRequest() {
        return latencies.length == 0 ? Double.NaN : serverCpuNanos / 1e3 / latencies.length;
    }

    /**
     * The CPU time per request of a database server apart from the servers (PostgreSQL's processes), in microseconds;
     * NaN when there is none or its CPU could not be read.
     */
    double databaseCpuMicrosPerRequest() {
        return latencies.length == 0 || !databaseCpuKnown ? Double.NaN : databaseCpuNanos / 1e3 / latencies.length;
    }

    /** Requests answered per second of wall time under load (the rounds' durations added up). */
    double throughput() {
        return elapsedNanos == 0 ? Double.NaN : latencies.length / (elapsedNanos / 1e9);
    }
}
