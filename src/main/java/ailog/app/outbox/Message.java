package ailog.app.outbox;

import ailog.domain.Enrollment;
import ailog.domain.Feedback;
import ailog.domain.Obstacle;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.RunTally;
import ailog.domain.metrics.SixWeekAssessment;
import ailog.domain.metrics.TeamReport;
import ailog.domain.metrics.WeekPoint;
import java.util.List;
import java.util.Map;

/** The content of a message ailog sends on its own, free of Slack; the messenger renders it. */
public sealed interface Message {
    /** The weekly check-in with the week's numbers; {@code names} are the catalog's display names. */
    record CheckIn(Enrollment enrollment, int week, RunTally tally, Map<WorkflowKey, String> names)
            implements Message {}

    /** The check-in of a week without runs: it asks what is in the way. */
    record CheckInWithoutRuns(Enrollment enrollment, int week) implements Message {}

    /** A short nudge on day 4 of weeks 1 and 2 to a member with no run yet that week. */
    record Nudge(Enrollment enrollment, int week, int cohortLogged, int cohortSize) implements Message {}

    /** The six-week assessment: the member's own summary, or the verdict with its next step for an owner. */
    record Assessment(SixWeekAssessment assessment, boolean forOwner) implements Message {}

    /** The owner's weekly report, with the last eight weeks for its chart. */
    record WeeklyReport(TeamReport report, List<WeekPoint> trend) implements Message {}

    record FeedbackForOwner(Feedback feedback, String workflowName) implements Message {}

    record FeedbackFixed(Feedback feedback, String workflowName) implements Message {}

    record ObstacleForOwner(String member, int week, Obstacle obstacle) implements Message {}
}
