package ailog.domain.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The owner report (SPEC §7) as a model: per workflow, per member, the assessments that came due, and the team
 * figures derived from them. Built by {@link TeamReportAssembly} from aggregates, never from every run.
 */
public record TeamReport(
        ReportWindow window,
        LocalDate today,
        int targetPercent,
        List<WorkflowRow> workflows,
        List<MemberRow> members,
        List<SixWeekAssessment> assessments) {

    public TeamReport {
        workflows = List.copyOf(workflows);
        members = List.copyOf(members);
        assessments = List.copyOf(assessments);
    }

    public static TeamReport of(ReportInput input) {
        return TeamReportAssembly.assemble(input);
    }

    /** Members with at least one run in the window. */
    public int membersActive() {
        return (int) members.stream().filter(MemberRow::active).count();
    }

    public int runs() {
        return acceptance().runs();
    }

    /** All runs in the window together, whatever the workflow. */
    public AcceptanceRate acceptance() {
        return workflows.stream().map(WorkflowRow::acceptance).reduce(AcceptanceRate.none(), AcceptanceRate::plus);
    }

    public int workflowsBelowThreshold() {
        return (int) workflows.stream().filter(WorkflowRow::belowThreshold).count();
    }

    /** The workflows' edit types added up. */
    public EditTypeDistribution editTypes() {
        return EditTypeDistribution.sum(workflows.stream().map(WorkflowRow::editTypes).toList());
    }

    public SegmentSplit segments() {
        return SegmentSplit.of(members.stream().map(MemberRow::segment).toList());
    }

    public Headline headlineFigures() {
        return new Headline(window, membersActive(), acceptance(), workflowsBelowThreshold());
    }

    /** How many assessments in view were judged against each target, lowest target first. */
    public SortedMap<Integer, Integer> assessmentTargets() {
        SortedMap<Integer, Integer> targets = new TreeMap<>();
        assessments.forEach(a -> targets.merge(a.targetPercent(), 1, Integer::sum));
        return targets;
    }

    /** True when the assessments in view were not all judged by the same bars (target, runs a week). */
    public boolean assessmentRulesDiffer() {
        return assessments.stream().map(a -> a.rules().bars()).distinct().count() > 1;
    }

    /** "Assessments in view were judged against different targets: 70% (3), 80% (1)", or empty when they agree. */
    public Optional<String> assessmentRulesNote() {
        if (!assessmentRulesDiffer()) {
            return Optional.empty();
        }
        if (assessmentTargets().size() > 1) {
            return Optional.of("Assessments in view were judged against different targets: "
                    + assessmentTargets().entrySet().stream().map(t -> t.getKey() + "% (" + t.getValue() + ")")
                            .collect(Collectors.joining(", ")));
        }
        return Optional.of("Assessments in view were judged by different rules: "
                + assessments.stream().map(a -> a.rules().bars()).distinct()
                        .collect(Collectors.joining("; ")));
    }

    /** "7 team members ran 63 workflow sessions this week; blended acceptance rate 78%; …". */
    public String headline() {
        return headlineFigures().text();
    }
}
