package ailog.bench;

import java.util.List;

/**
 * What one benchmark run does: logs measured per server, warm-up logs, logs in flight, rounds, and whether the bot is
 * also measured on PostgreSQL, with how many instances sharing its database.
 */
record BenchOptions(int requests, int warmup, int concurrency, int rounds, boolean postgres, int instances) {
    static final String USAGE = "usage: bench/log-benchmark.sh"
            + " [--requests N] [--warmup N] [--concurrency N] [--rounds N] [--db sqlite|postgres] [--instances N]"
            + "\n  defaults: --requests 20000 (measured, per server) --warmup 60000 --concurrency 32 --rounds 4"
            + " --db sqlite --instances 1"
            + "\n  --db postgres measures the bot on SQLite and on PostgreSQL side by side; --instances 2 (with"
            + " --db postgres)\n  adds two bot processes sharing the PostgreSQL database, requests spread across both";
    private static final int MAX = 1_000_000;
    static final int MAX_INSTANCES = 4;

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
        if (instances < 1 || instances > MAX_INSTANCES) {
            throw new IllegalArgumentException("--instances must be between 1 and " + MAX_INSTANCES);
        }
        if (instances > 1 && !postgres) {
            throw new IllegalArgumentException("--instances " + instances + " needs --db postgres: several instances"
                    + " share one PostgreSQL database, SQLite serves one (for example --db postgres --instances 2)");
        }
    }

    static BenchOptions parse(List<String> args) {
        int requests = 20_000;
        int warmup = 60_000;
        int concurrency = 32;
        int rounds = 4;
        boolean postgres = false;
        int instances = 1;
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args.get(i + 1);
            switch (name) {
                case "--requests" -> requests = number(name, value);
                case "--warmup" -> warmup = number(name, value);
                case "--concurrency" -> concurrency = number(name, value);
                case "--rounds" -> rounds = number(name, value);
                case "--instances" -> instances = number(name, value);
                case "--db" -> postgres = database(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new BenchOptions(requests, warmup, concurrency, rounds, postgres, instances);
    }

    /** Measured requests in round {@code round} (0-based): the total spread as evenly as it divides. */
    int requestsInRound(int round) {
        return requests / rounds + (round < requests % rounds ? 1 : 0);
    }

    private static boolean database(String value) {
        return switch (value) {
            case "sqlite" -> false;
            case "postgres", "postgresql" -> true;
            default -> throw new IllegalArgumentException("--db must be sqlite or postgres, not '" + value + "'");
        };
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
