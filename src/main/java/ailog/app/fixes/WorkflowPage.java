package ailog.app.fixes;

import ailog.app.Feedbacks;
import ailog.app.MemberClock;
import ailog.app.Runs;
import ailog.app.Workflows;
import ailog.domain.Feedback;
import ailog.domain.Owners;
import ailog.domain.Run;
import ailog.domain.Workflow;
import ailog.domain.metrics.BeforeAfter;
import ailog.domain.metrics.DayTotal;
import ailog.domain.metrics.EditTypeDistribution;
import ailog.domain.metrics.WeekPoint;
import ailog.domain.metrics.WeeklyTrend;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@code /ailog workflow <key>}: one workflow's weeks, edit types, changes with their effect, and open feedback. */
public final class WorkflowPage {
    /** How many weeks the page and its chart show, up to the owner's today. */
    public static final int WEEKS = 12;

    /** What happened to the request. */
    public sealed interface Result {}

    /** The page: {@code weeks} oldest first, up to {@code today}; every change of the workflow, oldest first. */
    public record Page(Workflow workflow, LocalDate today, List<WeekPoint> weeks, EditTypeDistribution editTypes,
            List<BeforeAfter> changes, List<Feedback> openFeedback) implements Result {}

    public record NotAnOwner() implements Result {}

    public record UnknownWorkflow(String typed, List<String> catalog) implements Result {}

    private final Workflows workflows;
    private final Runs runs;
    private final ChangeEffects effects;
    private final Feedbacks feedbacks;
    private final Owners owners;
    private final MemberClock clock;

    public WorkflowPage(Workflows workflows, Runs runs, ChangeEffects effects, Feedbacks feedbacks, Owners owners,
            MemberClock clock) {
        this.workflows = workflows;
        this.runs = runs;
        this.effects = effects;
        this.feedbacks = feedbacks;
        this.owners = owners;
        this.clock = clock;
    }

    public Result show(String ownerId, String typed) {
        if (!owners.includes(ownerId)) {
            return new NotAnOwner();
        }
        Optional<Workflow> found = workflows.find(typed);
        if (found.isEmpty()) {
            return new UnknownWorkflow(typed, workflows.all().stream().map(w -> w.key().value()).toList());
        }
        Workflow workflow = found.get();
        LocalDate today = clock.today(ownerId);
        List<Run> recent = runs.ofWorkflowBetween(workflow.key(), WeeklyTrend.start(today, WEEKS), today);
        List<DayTotal> days = recent.stream()
                .map(r -> new DayTotal(r.runDate(), 1, r.outcome().accepted() ? 1 : 0))
                .toList();
        return new Page(workflow, today, WeeklyTrend.of(days, today, WEEKS), EditTypeDistribution.of(recent),
                effects.ofWorkflow(workflow.key()),
                feedbacks.open().stream().filter(f -> f.workflow().equals(workflow.key())).toList());
    }
}
