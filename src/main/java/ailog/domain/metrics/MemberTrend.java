package ailog.domain.metrics;

import ailog.domain.MemberWeek;
import ailog.domain.WorkflowKey;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A member's last six calendar weeks, the current one last: runs and acceptance per week and per workflow. */
public record MemberTrend(List<WeekPoint> weeks, List<WorkflowAcceptance> workflows) {
    public static final int WEEKS = 6;

    public MemberTrend {
        weeks = List.copyOf(weeks);
        workflows = List.copyOf(workflows);
    }

    /** The Monday the trend starts on: {@value #WEEKS} weeks back, the current week included. */
    public static LocalDate firstDay(MemberWeek current) {
        return current.monday().minusWeeks(WEEKS - 1);
    }

    /** The trend of the six weeks up to and including {@code current}; counts dated outside them are left out. */
    public static MemberTrend of(List<DatedRunCount> counts, MemberWeek current) {
        List<DatedRunCount> inside = counts.stream()
                .filter(c -> !c.day().isBefore(firstDay(current)) && !c.day().isAfter(current.sunday()))
                .toList();
        List<DayTotal> days = inside.stream().map(c -> new DayTotal(c.day(), c.runs(), c.accepted())).toList();
        return new MemberTrend(WeeklyTrend.of(days, current.sunday(), WEEKS), perWorkflow(inside));
    }

    /** Every run of the six weeks: the blended rate, not the mean of the weeks' rates. */
    public AcceptanceRate overall() {
        return weeks.stream().map(WeekPoint::acceptance).reduce(AcceptanceRate.none(), AcceptanceRate::plus);
    }

    /** Workflows by runs, most first, then by key. */
    private static List<WorkflowAcceptance> perWorkflow(List<DatedRunCount> counts) {
        Map<WorkflowKey, AcceptanceRate> rates = new LinkedHashMap<>();
        for (DatedRunCount count : counts) {
            rates.merge(count.count().workflow(), new AcceptanceRate(count.accepted(), count.runs()),
                    AcceptanceRate::plus);
        }
        return rates.entrySet().stream()
                .map(e -> new WorkflowAcceptance(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(WorkflowAcceptance::runs).reversed()
                        .thenComparing(w -> w.workflow().value()))
                .toList();
    }
}
