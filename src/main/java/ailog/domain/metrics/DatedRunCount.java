package ailog.domain.metrics;

import java.time.LocalDate;

/** Runs of one workflow, outcome and edit type on one day: what a GROUP BY that includes run_date hands back. */
public record DatedRunCount(LocalDate day, RunCount count) {
    public int runs() {
        return count.runs();
    }

    public int accepted() {
        return count.outcome().accepted() ? count.runs() : 0;
    }
}
