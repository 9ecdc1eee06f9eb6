package ailog.domain.metrics;

import ailog.domain.Run;
import java.time.LocalDate;
import java.util.List;

/** How many distinct workflows a member logged in the 90 days up to a date, that date included. */
public final class WorkflowCount {
    public static final int DAYS = 90;

    private WorkflowCount() {}

    /** The 90 days the count covers, for the query that computes it. */
    public static ReportWindow window(LocalDate asOf) {
        return ReportWindow.lastDays(DAYS, asOf);
    }

    /** Counts over one member's runs; runs outside the 90 days do not count. */
    public static int last90Days(List<Run> memberRuns, LocalDate asOf) {
        ReportWindow window = window(asOf);
        return (int) memberRuns.stream()
                .filter(r -> window.contains(r.runDate()))
                .map(Run::workflow)
                .distinct()
                .count();
    }
}
