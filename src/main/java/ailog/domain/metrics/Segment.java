package ailog.domain.metrics;

import ailog.domain.Run;
import java.time.LocalDate;
import java.util.List;

/** Where a member stands over the last 28 days, with the share of members an unguided rollout usually sees. */
public enum Segment {
    POWER("power", "power user", new BaselineRange(10, 15)),
    NARROW("narrow", "narrow adopter", new BaselineRange(20, 30)),
    NON("non", "non-adopter", new BaselineRange(50, 60));

    public static final int DAYS = 28;
    public static final int POWER_RUNS = 12;
    public static final int POWER_WORKFLOWS = 3;

    private final String key;
    private final String label;
    private final BaselineRange baseline;

    Segment(String key, String label, BaselineRange baseline) {
        this.key = key;
        this.label = label;
        this.baseline = baseline;
    }

    /** The 28 days segments look at, today included. */
    public static ReportWindow window(LocalDate today) {
        return ReportWindow.lastDays(DAYS, today);
    }

    /** Power needs both: 12 or more runs and 3 or more distinct workflows. */
    public static Segment of(int runs, int distinctWorkflows) {
        if (runs < 0 || distinctWorkflows < 0 || distinctWorkflows > runs) {
            throw new IllegalArgumentException(distinctWorkflows + " workflows in " + runs + " runs");
        }
        if (runs >= POWER_RUNS && distinctWorkflows >= POWER_WORKFLOWS) {
            return POWER;
        }
        return runs > 0 ? NARROW : NON;
    }

    /** The segment of one member's runs, counting only those of the last 28 days. */
    public static Segment of(List<Run> memberRuns, LocalDate today) {
        ReportWindow window = window(today);
        List<Run> recent = memberRuns.stream().filter(r -> window.contains(r.runDate())).toList();
        return of(recent.size(), (int) recent.stream().map(Run::workflow).distinct().count());
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public BaselineRange baseline() {
        return baseline;
    }
}
