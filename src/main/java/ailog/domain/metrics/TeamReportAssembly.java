package ailog.domain.metrics;

import ailog.domain.Enrollment;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/** Builds a {@link TeamReport} from aggregates: which rows, in which order, read against which enrollment. */
public final class TeamReportAssembly {
    private TeamReportAssembly() {}

    static TeamReport assemble(ReportInput in) {
        return new TeamReport(in.window(), in.today(), in.targetPercent(), workflowRows(in), memberRows(in),
                assessments(in));
    }

    /**
     * The assessments that came due: as given when one was sent (its enrollment may since have been replaced or
     * ended), judged from the runs only for those not given yet.
     */
    private static List<SixWeekAssessment> assessments(ReportInput in) {
        Map<Long, SixWeekAssessment> shown = new LinkedHashMap<>();
        in.given().stream()
                .filter(a -> dueIn(a.enrollment(), in.window(), in.today()))
                .forEach(a -> shown.putIfAbsent(a.enrollment().id(), a));
        assessmentsDue(in.enrollments(), in.window(), in.today()).stream()
                .filter(e -> !shown.containsKey(e.id()))
                .forEach(e -> shown.put(e.id(), SixWeekAssessment.of(e,
                        in.assessmentRuns().getOrDefault(e.id(), List.of()))));
        return shown.values().stream()
                .sorted(Comparator.comparing((SixWeekAssessment a) -> a.enrollment().trainedOn())
                        .thenComparing(SixWeekAssessment::userId)
                        .thenComparingLong(a -> a.enrollment().id()))
                .toList();
    }

    /**
     * The enrollments whose day 42 falls inside the window and is not after today, earliest first: each
     * assessment shows up in exactly one of a run of back-to-back weekly reports, the one of the week it came due.
     */
    public static List<Enrollment> assessmentsDue(List<Enrollment> enrollments, ReportWindow window, LocalDate today) {
        return enrollments.stream()
                .filter(e -> dueIn(e, window, today))
                .sorted(Comparator.comparing(Enrollment::trainedOn).thenComparing(Enrollment::userId))
                .toList();
    }

    private static boolean dueIn(Enrollment e, ReportWindow window, LocalDate today) {
        LocalDate due = e.trainedOn().plusDays(SixWeekAssessment.DUE_DAY);
        LocalDate last = window.to().isAfter(today) ? today : window.to();
        return !due.isBefore(window.from()) && !due.isAfter(last);
    }

    /** Each member's most recent enrollment trained by today; its training day is day 0 for time to first run. */
    public static Map<String, Enrollment> latestEnrollments(List<Enrollment> enrollments, LocalDate today) {
        BinaryOperator<Enrollment> later = (a, b) -> Comparator.comparing(Enrollment::trainedOn)
                .thenComparingLong(Enrollment::id)
                .compare(a, b) >= 0 ? a : b;
        return enrollments.stream()
                .filter(e -> !e.trainedOn().isAfter(today))
                .collect(Collectors.toMap(Enrollment::userId, e -> e, later, LinkedHashMap::new));
    }

    /** Every catalog workflow, with or without runs, then any workflow with runs the catalog lacks; most runs first. */
    private static List<WorkflowRow> workflowRows(ReportInput in) {
        Map<WorkflowKey, WorkflowAggregate> byKey = in.workflows().stream()
                .collect(Collectors.toMap(WorkflowAggregate::key, a -> a));
        Set<WorkflowKey> listed = new HashSet<>();
        List<WorkflowRow> rows = new ArrayList<>();
        for (Workflow workflow : in.catalog()) {
            if (listed.add(workflow.key())) {
                WorkflowAggregate figures = byKey.getOrDefault(workflow.key(), WorkflowAggregate.none(workflow.key()));
                rows.add(WorkflowRow.of(workflow, figures, in.targetPercent()));
            }
        }
        in.workflows().stream()
                .filter(a -> listed.add(a.key()))
                .forEach(a -> rows.add(WorkflowRow.of(a.key(), a.key().value(), a, in.targetPercent())));
        rows.sort(Comparator.comparingInt(WorkflowRow::runs).reversed().thenComparing(r -> r.key().value()));
        return rows;
    }

    /** Every member the database has figures for, plus every enrolled member without any; most runs first. */
    private static List<MemberRow> memberRows(ReportInput in) {
        Map<String, Enrollment> latest = latestEnrollments(in.enrollments(), in.today());
        Map<String, MemberAggregate> figures = new LinkedHashMap<>();
        in.members().forEach(m -> figures.put(m.userId(), m));
        latest.keySet().forEach(user -> figures.putIfAbsent(user, MemberAggregate.none(user)));
        return figures.values().stream()
                .map(m -> MemberRow.of(m, Optional.ofNullable(latest.get(m.userId())), in.today()))
                .sorted(Comparator.comparingInt(MemberRow::runs).reversed().thenComparing(MemberRow::userId))
                .toList();
    }
}
