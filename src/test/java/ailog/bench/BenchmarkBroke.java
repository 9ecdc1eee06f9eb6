package ailog.bench;

/** The run itself broke (a server did not start, a phase ran out of time): no numbers worth printing. */
final class BenchmarkBroke extends RuntimeException {
    BenchmarkBroke(String message) {
        super(message);
    }
}
