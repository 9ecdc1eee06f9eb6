package ailog.app.outbox;

import ailog.domain.Enrollment;
import ailog.domain.Feedback;
import ailog.domain.Obstacle;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.LateRuns;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.RunTally;
import ailog.domain.metrics.SixWeekAssessment;
import ailog.domain.metrics.TeamReport;
import ailog.domain.metrics.WeekPoint;
import ailog.domain.schedule.EnrollmentPlan;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** The content of a message ailog sends on its own, free of Slack; the messenger renders it. */
public sealed interface Message {
    /**
     * The weekly check-in with the numbers of the week's {@code days}, and the runs of earlier weeks logged since
     * the last check-in; {@code names} are the catalog's display names.
     */
    record CheckIn(Enrollment enrollment, int week, ReportWindow days, RunTally tally, LateRuns late,
            Map<WorkflowKey, String> names) implements Message {}

    /** The check-in of a week without runs: it asks what is in the way, and still counts late runs. */
    record CheckInWithoutRuns(Enrollment enrollment, int week, ReportWindow days, LateRuns late)
            implements Message {}

    /**
     * A short nudge on day 4 of weeks 1 and 2 to a member with no run yet that week, with how many of the
     * {@code others} trained the same day have logged one.
     */
    record Nudge(Enrollment enrollment, int week, ReportWindow days, int othersLogged, int others)
            implements Message {}

    /**
     * The first DM of an enrollment: who enrolled the member and on what, the days still to come, who sees their runs
     * ({@code owners}); a short "your schedule changed" when it {@code replaced} an earlier enrollment.
     */
    record Welcome(EnrollmentPlan plan, List<String> workflowNames, List<String> owners,
            Optional<Enrollment> replaced) implements Message {}

    /** The six-week assessment: the member's own summary, or the verdict with its next step for an owner. */
    record Assessment(SixWeekAssessment assessment, boolean forOwner) implements Message {}

    /**
     * The owner's weekly report of ended days, the runs of earlier weeks logged since the last report, and the last
     * eight weeks for its chart and the changes to the foundations made in them.
     */
    record WeeklyReport(TeamReport report, LateRuns late, List<WeekPoint> trend,
            List<ailog.domain.metrics.BeforeAfter> changes) implements Message {
        public WeeklyReport {
            changes = List.copyOf(changes);
        }
    }

    /** Tells an owner that a member added a workflow to the catalog while logging a run. */
    record WorkflowAdded(Workflow workflow) implements Message {}

    record FeedbackForOwner(Feedback feedback, String workflowName) implements Message {}

    record FeedbackFixed(Feedback feedback, String workflowName) implements Message {}

    /** Tells a member that a change meant for their feedback was made. */
    record FixRecorded(ailog.domain.FoundationChange change, String workflowName) implements Message {}

    /** Tells a member how acceptance moved since that change, once the difference is clear. */
    record FixResult(ailog.domain.metrics.BeforeAfter effect, String workflowName) implements Message {}

    record ObstacleForOwner(String member, int week, Obstacle obstacle) implements Message {}
}
