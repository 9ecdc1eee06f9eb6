package ailog.bench;

import java.util.List;

/** What one benchmark run does: logs measured per server, warm-up logs, logs in flight, rounds. */
record BenchOptions(int requests, int warmup, int concurrency, int rounds) {
    static final String USAGE = "usage: bench/log-benchmark.sh"
            + " [--requests N] [--warmup N] [--concurrency N] [--rounds N]"
            + "\n  defaults: --requests 20000 (measured, per server) --warmup 60000 --concurrency 32 --rounds 4";
    private static final int MAX = 1_000_000;

    BenchOptions {
        check("--requests", requests, 1);
        check("--warmup", warmup, 0);
        check("--concurrency", concurrency, 1);
        check("--rounds", rounds, 1);
        if (rounds > requests) {
            throw new IllegalArgumentException("--rounds must not exceed --requests");
        }
        if (concurrency > 1_024) {
            throw new IllegalArgumentException("--concurrency must be at most 1024");
        }
    }

    static BenchOptions parse(List<String> args) {
        int requests = 20_000;
        int warmup = 60_000;
        int concurrency = 32;
        int rounds = 4;
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            int value = number(name, args.get(i + 1));
            switch (name) {
                case "--requests" -> requests = value;
                case "--warmup" -> warmup = value;
                case "--concurrency" -> concurrency = value;
                case "--rounds" -> rounds = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new BenchOptions(requests, warmup, concurrency, rounds);
    }

    /** Measured requests in round {@code round} (0-based): the total spread as evenly as it divides. */
    int requestsInRound(int round) {
        return requests / rounds + (round < requests % rounds ? 1 : 0);
    }

    static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static void check(String name, int value, int min) {
        if (value < min || value > MAX) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + MAX);
        }
    }
}
