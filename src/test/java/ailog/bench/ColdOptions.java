package ailog.bench;

import java.util.List;

/** What one cold benchmark run does: rounds, logs in each phase, logs in flight, the client's own warm-up. */
record ColdOptions(int rounds, int first, int next, int concurrency, int clientWarmup) {
    static final String USAGE = "usage: bench/cold-log-benchmark.sh"
            + " [--rounds N] [--first N] [--next N] [--concurrency N] [--client-warmup N]"
            + "\n  defaults: --rounds 4 --first 1000 --next 10000 --concurrency 32 --client-warmup 10000"
            + "\n  (--client-warmup logs go to a throwaway bare server before round 1, so the load generator is not"
            + " cold itself; no server that is measured gets any)";
    private static final int MAX = 1_000_000;

    ColdOptions {
        check("--rounds", rounds, 1);
        check("--first", first, 1);
        check("--next", next, 0);
        check("--concurrency", concurrency, 1);
        check("--client-warmup", clientWarmup, 0);
        if (concurrency > 1_024) {
            throw new IllegalArgumentException("--concurrency must be at most 1024");
        }
    }

    static ColdOptions parse(List<String> args) {
        int rounds = 4;
        int first = 1_000;
        int next = 10_000;
        int concurrency = 32;
        int clientWarmup = 10_000;
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value, e.g. " + name + " 4");
            }
            int value = BenchOptions.number(name, args.get(i + 1));
            switch (name) {
                case "--rounds" -> rounds = value;
                case "--first" -> first = value;
                case "--next" -> next = value;
                case "--concurrency" -> concurrency = value;
                case "--client-warmup" -> clientWarmup = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new ColdOptions(rounds, first, next, concurrency, clientWarmup);
    }

    private static void check(String name, int value, int min) {
        if (value < min || value > MAX) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + MAX + ", e.g. "
                    + name + " " + Math.max(min, 4));
        }
    }
}
