package ailog.domain.metrics;

import ailog.domain.Run;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An enrolled member with no run in the last 7 days (today and the six before) is at risk of reverting. */
public final class AtRisk {
    public static final int DAYS = 7;

    private AtRisk() {}

    /** A last run exactly 7 days ago is outside the 7 days, so the member is at risk. */
    public static boolean member(boolean enrolled, Optional<LocalDate> lastRunDate, LocalDate today) {
        ReportWindow recent = ReportWindow.lastDays(DAYS, today);
        return enrolled && lastRunDate.map(day -> day.isBefore(recent.from())).orElse(true);
    }

    /** The same rule over one member's runs. */
    public static boolean member(boolean enrolled, List<Run> memberRuns, LocalDate today) {
        Optional<LocalDate> last = memberRuns.stream()
                .map(Run::runDate)
                .filter(day -> !day.isAfter(today))
                .max(LocalDate::compareTo);
        return member(enrolled, last, today);
    }
}
