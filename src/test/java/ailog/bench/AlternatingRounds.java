package ailog.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Warms every target up, then measures them in rounds, each round in another order, so drift hits all alike. */
final class AlternatingRounds {
    private final BenchOptions options;
    private final Report report;

    AlternatingRounds(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    /** What each target did in the measured rounds (and, for acknowledged logs, the warm-up too), in their order. */
    List<Measurement> run(List<Target> targets) {
        List<Measurement> results = new ArrayList<>();
        for (Target target : targets) {
            Measurement measurement = new Measurement(target.name());
            warmUp(target, measurement);
            results.add(measurement);
        }
        report.loadAverage("before");
        for (int round = 0; round < options.rounds(); round++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d/%d:", round + 1,
                    options.rounds()));
            // the first target first in round 1, the second first in round 2, and so on
            for (int turn = 0; turn < targets.size(); turn++) {
                int which = (round + turn) % targets.size();
                Target target = targets.get(which);
                LoadRun.Result result = load(target, options.requestsInRound(round));
                results.get(which).add(result);
                line.append(String.format(Locale.ROOT, "  %s %d logs in %.2f s (%d failed)", target.name(),
                        result.latenciesNanos().length, result.elapsedNanos() / 1e9, result.failures()));
            }
            report.line("%s", line);
        }
        report.loadAverage("after");
        return results;
    }

    /** Each server of the target gets the warm-up's count of logs: one JIT each to settle. */
    private void warmUp(Target target, Measurement measurement) {
        if (options.warmup() > 0) {
            int logs = options.warmup() * target.servers().size();
            LoadRun.Result result = load(target, logs);
            measurement.warmedUp(result);
            report.line("warm-up %-6s %7d logs in %5.1f s (%d failed)", target.name(), logs,
                    result.elapsedNanos() / 1e9, result.failures());
        }
    }

    private LoadRun.Result load(Target target, int requests) {
        LoadRun.Result result = new LoadRun(target, options.concurrency()).run(requests);
        if (result.notSent() > 0) {
            throw new BenchmarkBroke(target.name() + ": " + result.notSent() + " logs not sent within the time limit");
        }
        return result;
    }
}
