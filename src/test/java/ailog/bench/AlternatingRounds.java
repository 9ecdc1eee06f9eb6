package ailog.bench;

import java.util.List;
import java.util.Locale;

/** Warms both servers up, then measures them in alternating rounds, so drift on the machine hits both alike. */
final class AlternatingRounds {
    /** What both servers did in the measured rounds (and, for acknowledged logs, the warm-up too). */
    record Results(Measurement bot, Measurement bare) {}

    private final BenchOptions options;
    private final Report report;

    AlternatingRounds(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    Results run(Target bot, Target bare) {
        Results results = new Results(new Measurement(bot.name()), new Measurement(bare.name()));
        for (Target target : List.of(bot, bare)) {
            warmUp(target, target == bot ? results.bot() : results.bare());
        }
        report.loadAverage("before");
        for (int round = 0; round < options.rounds(); round++) {
            // bot first in even rounds, bare first in odd ones
            List<Target> order = round % 2 == 0 ? List.of(bot, bare) : List.of(bare, bot);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d/%d:", round + 1,
                    options.rounds()));
            for (Target target : order) {
                LoadRun.Result result = load(target, options.requestsInRound(round));
                (target == bot ? results.bot() : results.bare()).add(result);
                line.append(String.format(Locale.ROOT, "  %s %d logs in %.2f s (%d failed)", target.name(),
                        result.latenciesNanos().length, result.elapsedNanos() / 1e9, result.failures()));
            }
            report.line("%s", line);
        }
        report.loadAverage("after");
        return results;
    }

    private void warmUp(Target target, Measurement measurement) {
        if (options.warmup() > 0) {
            LoadRun.Result result = load(target, options.warmup());
            measurement.warmedUp(result);
            report.line("warm-up %-4s %6d logs in %5.1f s (%d failed)", target.name(), options.warmup(),
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
