package ailog.domain.metrics;

import ailog.domain.Enrollment;
import ailog.domain.Run;
import ailog.domain.Workflow;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the report is built from: aggregates the database computes with GROUP BY, never every run, plus the few
 * runs (weeks 1–6 of one member) each assessment due needs, keyed by enrollment id; a missing entry means no runs.
 * {@code given} holds the assessments already sent, as stored: those are shown as given, never judged again.
 */
public record ReportInput(
        ReportWindow window,
        LocalDate today,
        int targetPercent,
        List<Workflow> catalog,
        List<Enrollment> enrollments,
        List<WorkflowAggregate> workflows,
        List<MemberAggregate> members,
        Map<Long, List<Run>> assessmentRuns,
        List<SixWeekAssessment> given) {

    /** No assessment given yet: every one due is judged from its runs. */
    public ReportInput(ReportWindow window, LocalDate today, int targetPercent, List<Workflow> catalog,
            List<Enrollment> enrollments, List<WorkflowAggregate> workflows, List<MemberAggregate> members,
            Map<Long, List<Run>> assessmentRuns) {
        this(window, today, targetPercent, catalog, enrollments, workflows, members, assessmentRuns, List.of());
    }

    public ReportInput {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(today, "today");
        if (targetPercent < 1 || targetPercent > 100) {
            throw new IllegalArgumentException("a target is 1–100 percent, not " + targetPercent);
        }
        catalog = List.copyOf(catalog);
        enrollments = List.copyOf(enrollments);
        workflows = List.copyOf(workflows);
        members = List.copyOf(members);
        assessmentRuns = assessmentRuns.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        given = List.copyOf(given);
        requireUnique(workflows, w -> w.key().value(), "workflow");
        requireUnique(members, MemberAggregate::userId, "member");
    }

    private static <T> void requireUnique(List<T> rows, Function<T, String> id, String what) {
        var seen = new HashSet<String>();
        for (T row : rows) {
            if (!seen.add(id.apply(row))) {
                throw new IllegalArgumentException("two aggregates for " + what + " " + id.apply(row));
            }
        }
    }
}
