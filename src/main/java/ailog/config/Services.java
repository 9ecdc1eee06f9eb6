package ailog.config;

import ailog.app.EnrollMembers;
import ailog.app.UnenrollMembers;
import ailog.app.outbox.ComposeWelcome;
import ailog.app.MemberClock;
import ailog.app.MemberStatsSummary;
import ailog.app.MemberTarget;
import ailog.app.MemberWeekProgress;
import ailog.app.QuickLogChoices;
import ailog.app.WorkflowAddedNotices;
import ailog.app.outbox.ComposeAssessment;
import ailog.app.outbox.ComposeWeeklyReport;
import ailog.app.report.BuildReport;
import ailog.persistence.JooqReportData;
import ailog.persistence.JooqFeedbacks;
import ailog.persistence.JooqObstacles;
import ailog.app.feedback.FeedbackNotices;
import ailog.app.outbox.ComposeMessage;
import ailog.app.outbox.NoticesByKind;
import ailog.domain.schedule.MessageKind;
import java.util.List;
import java.util.Map;
import ailog.app.fixes.ChangeEffects;
import ailog.app.fixes.FixNotices;
import ailog.app.fixes.PlanFixResults;
import ailog.app.fixes.RecordFix;
import ailog.persistence.JooqFoundationChanges;
import ailog.app.outbox.Composer;
import ailog.app.outbox.PlanDueMessages;
import ailog.app.outbox.SendDueMessages;
import ailog.app.outbox.Sleeper;
import ailog.app.outbox.Tick;
import ailog.domain.Owners;
import ailog.persistence.Database;
import ailog.persistence.JooqAssessments;
import ailog.persistence.JooqEnrollments;
import ailog.persistence.JooqOutbox;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import ailog.slack.ConcurrentMemberDirectory;
import ailog.slack.SlackMemberDirectory;
import ailog.slack.SlackMemberZones;
import ailog.slack.SlackMessenger;
import com.slack.api.methods.MethodsClient;
import java.time.Clock;
import java.util.function.Supplier;

/** The adapters and use cases, built once from the settings: shared by the bot and the {@code tick} command. */
public record Services(
        Owners owners,
        JooqRuns runs,
        JooqWorkflows workflows,
        JooqEnrollments enrollments,
        JooqOutbox outbox,
        JooqFeedbacks feedbacks,
        JooqObstacles obstacles,
        MemberClock memberClock,
        BuildReport reports,
        MemberWeekProgress weekProgress,
        MemberStatsSummary memberStats,
        QuickLogChoices quickLogChoices,
        WorkflowAddedNotices workflowAdded,
        EnrollMembers enrollMembers,
        UnenrollMembers unenrollMembers,
        JooqFoundationChanges foundationChanges,
        ChangeEffects changeEffects,
        RecordFix recordFix,
        Tick tick) {

    /**
     * Every use case over one database and one Slack client (made at its first use), on the bounded pools of
     * {@code workers}.
     */
    static Services build(Settings settings, Clock clock, Database database, Supplier<MethodsClient> slack,
            Workers workers, Sleeper sleeper) {
        Owners owners = new Owners(settings.owners());
        JooqRuns runs = new JooqRuns(database);
        JooqWorkflows workflows = new JooqWorkflows(database, clock);
        JooqEnrollments enrollments = new JooqEnrollments(database);
        JooqOutbox outbox = new JooqOutbox(database);
        SlackMemberZones zones = new SlackMemberZones(slack, settings.defaultZone(), clock, workers.lookups());
        MemberClock memberClock = new MemberClock(zones, clock);
        MemberTarget targets = new MemberTarget(enrollments, settings.targetPercent());
        MemberWeekProgress weekProgress = new MemberWeekProgress(runs, targets::of);
        ComposeAssessment assessments = new ComposeAssessment(enrollments, runs, new JooqAssessments(database));
        JooqFeedbacks feedbacks = new JooqFeedbacks(database, clock);
        FeedbackNotices feedbackNotices = new FeedbackNotices(feedbacks, workflows);
        BuildReport reports = new BuildReport(new JooqReportData(database, runs, workflows, enrollments),
                settings.defaultZone(), settings.targetPercent());
        WorkflowAddedNotices workflowAdded = new WorkflowAddedNotices(workflows, owners, outbox, clock);
        JooqFoundationChanges foundationChanges = new JooqFoundationChanges(database);
        ChangeEffects changeEffects = new ChangeEffects(foundationChanges, runs);
        FixNotices fixNotices = new FixNotices(foundationChanges, changeEffects, workflows);
        Composer notices = new NoticesByKind(Map.of(
                MessageKind.ASSESSMENT_MEMBER, assessments,
                MessageKind.ASSESSMENT_OWNER, assessments,
                MessageKind.WEEKLY_REPORT, new ComposeWeeklyReport(reports, runs, outbox, changeEffects::madeBetween),
                MessageKind.WORKFLOW_ADDED, workflowAdded,
                MessageKind.FEEDBACK_FOR_OWNER, feedbackNotices,
                MessageKind.FEEDBACK_FIXED, feedbackNotices,
                MessageKind.OBSTACLE_FOR_OWNER, feedbackNotices,
                MessageKind.FIX_RECORDED, fixNotices,
                MessageKind.FIX_RESULT, fixNotices,
                MessageKind.WELCOME, new ComposeWelcome(enrollments, workflows, owners, settings.checkinHour())));
        Tick tick = new Tick(
                new PlanDueMessages(enrollments, outbox, owners, zones, settings.checkinHour(),
                        new PlanDueMessages.ReportTime(settings.reportDay(), settings.reportHour())),
                new SendDueMessages(outbox, new ComposeMessage(enrollments, runs, workflows, outbox, notices),
                        new SlackMessenger(slack), sleeper, workers.outboxSend()),
                outbox,
                Clock.systemUTC(), // claims are real time, whatever instant a catch-up tick plays
                List.of(new PlanFixResults(foundationChanges, changeEffects, outbox)::planDueBy));
        return new Services(owners, runs, workflows, enrollments, outbox, feedbacks,
                new JooqObstacles(database, clock), memberClock, reports, weekProgress,
                new MemberStatsSummary(runs, memberClock, targets::of),
                new QuickLogChoices(runs, workflows),
                workflowAdded,
                new EnrollMembers(enrollments, workflows, new ConcurrentMemberDirectory(
                        new SlackMemberDirectory(slack, settings.defaultZone()), workers.directory(), clock),
                        owners, settings.targetPercent(), settings.checkinHour(), clock),
                new UnenrollMembers(enrollments, owners, settings.checkinHour(), clock),
                foundationChanges,
                changeEffects,
                new RecordFix(foundationChanges, feedbacks, workflows, owners, outbox, memberClock),
                tick);
    }
}
