package ailog.domain.metrics;

import ailog.domain.Enrollment;
import ailog.domain.Run;
import ailog.domain.WorkflowKey;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the report's GROUP BY queries compute, done over runs in memory: the reference a SQL adapter's tests can
 * compare with, and enough for small data sets. Runs dated after today are ignored.
 */
public final class Aggregates {
    private Aggregates() {}

    /** One aggregate per workflow with runs in the window, by key. */
    public static List<WorkflowAggregate> perWorkflow(List<Run> runs, ReportWindow window) {
        Map<String, List<Run>> byKey = runs.stream()
                .filter(r -> window.contains(r.runDate()))
                .collect(Collectors.groupingBy(r -> r.workflow().value(), TreeMap::new, Collectors.toList()));
        return byKey.values().stream().map(Aggregates::workflow).toList();
    }

    /** One aggregate per member with a run in the window or in the 90 days up to today, by user id. */
    public static List<MemberAggregate> perMember(List<Run> runs, ReportWindow window, LocalDate today,
            List<Enrollment> enrollments) {
        Map<String, Enrollment> latest = TeamReportAssembly.latestEnrollments(enrollments, today);
        ReportWindow ninetyDays = WorkflowCount.window(today);
        Map<String, List<Run>> byMember = runs.stream()
                .collect(Collectors.groupingBy(Run::userId, TreeMap::new, Collectors.toList()));
        return byMember.entrySet().stream()
                .filter(e -> e.getValue().stream()
                        .anyMatch(r -> window.contains(r.runDate()) || ninetyDays.contains(r.runDate())))
                .map(e -> member(e.getKey(), e.getValue(), window, today,
                        Optional.ofNullable(latest.get(e.getKey())).map(Enrollment::trainedOn)))
                .toList();
    }

    public static MemberAggregate member(String userId, List<Run> memberRuns, ReportWindow window, LocalDate today,
            Optional<LocalDate> trainedOn) {
        List<Run> upToToday = memberRuns.stream().filter(r -> !r.runDate().isAfter(today)).toList();
        List<Run> inWindow = upToToday.stream().filter(r -> window.contains(r.runDate())).toList();
        ReportWindow segmentDays = Segment.window(today);
        List<Run> recent = upToToday.stream().filter(r -> segmentDays.contains(r.runDate())).toList();
        Optional<LocalDate> firstAfterTraining = trainedOn.flatMap(day -> upToToday.stream()
                .map(Run::runDate)
                .filter(runDate -> runDate.isAfter(day))
                .min(Comparator.naturalOrder()));
        return new MemberAggregate(userId, inWindow.size(), AcceptanceRate.of(inWindow).accepted(), recent.size(),
                distinctWorkflows(recent), WorkflowCount.last90Days(upToToday, today),
                upToToday.stream().map(Run::runDate).max(Comparator.naturalOrder()), firstAfterTraining);
    }

    private static WorkflowAggregate workflow(List<Run> runs) {
        WorkflowKey key = runs.get(0).workflow();
        return new WorkflowAggregate(key, runs.size(), AcceptanceRate.of(runs).accepted(),
                EditTypeDistribution.of(runs).counts());
    }

    private static int distinctWorkflows(List<Run> runs) {
        return (int) runs.stream().map(Run::workflow).distinct().count();
    }
}
