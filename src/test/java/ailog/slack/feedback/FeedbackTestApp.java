package ailog.slack.feedback;

import ailog.testing.TestDatabase;
import ailog.app.fixes.DescribeFix;
import ailog.app.fixes.RecordFix;
import ailog.persistence.JooqFoundationChanges;

import ailog.app.MemberClock;
import ailog.app.MemberProgramme;
import ailog.app.MemberStatsSummary;
import ailog.app.QuickLogChoices;
import ailog.app.feedback.AnswerObstacle;
import ailog.app.feedback.FeedbackChoices;
import ailog.app.feedback.FeedbackNotices;
import ailog.app.feedback.GiveFeedback;
import ailog.app.feedback.MarkFeedbackFixed;
import ailog.app.outbox.ComposeMessage;
import ailog.app.outbox.SendDueMessages;
import ailog.domain.Enrollment;
import ailog.domain.Owners;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.Database;
import ailog.persistence.JooqEnrollments;
import ailog.persistence.JooqFeedbacks;
import ailog.persistence.JooqObstacles;
import ailog.persistence.JooqOutbox;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import ailog.slack.HttpServer;
import ailog.slack.SlackClients;
import ailog.slack.SlackHttpHandler;
import ailog.slack.SlackMessenger;
import ailog.slack.SlackSignature;
import ailog.slack.actions.PressReplies;
import ailog.slack.home.HomeTab;
import ailog.testing.FakeSlack;
import ailog.testing.SignedRequests;
import ailog.testing.TestClock;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * A Bolt app with only the feedback handlers, wired as the bot wires them, served over signed HTTP with a real
 * SQLite file and the fake Web API; work after the ack runs at once, so tests never wait.
 */
final class FeedbackTestApp implements AutoCloseable {
    static final String OWNER_A = "U0OWNERA";
    static final String OWNER_B = "U0OWNERB";
    private static final String SECRET = "feedback-test-secret";
    private static final String TOKEN = "xoxb-feedback-test";

    final TestClock clock = new TestClock(Instant.parse("2026-11-27T15:00:00Z"));
    final FakeSlack slack;
    final Database database;
    final JooqFeedbacks feedbacks;
    final JooqEnrollments enrollments;
    final JooqWorkflows workflows;
    final SignedRequests requests;
    private final HttpServer http;

    /** The app on a fresh database in {@code folder}, talking to {@code slack} (shared, as it is slow to stop). */
    FeedbackTestApp(Path folder, FakeSlack slack) throws Exception {
        this.slack = slack;
        database = Database.open(TestDatabase.fresh(folder));
        feedbacks = new JooqFeedbacks(database, clock);
        enrollments = new JooqEnrollments(database);
        workflows = new JooqWorkflows(database, clock);
        Slack sdk = SlackClients.forApi(slack.apiUrl());
        App app = new App(AppConfig.builder().slack(sdk).singleTeamBotToken(TOKEN)
                .requestVerificationEnabled(false).build());
        listeners(sdk.methods(TOKEN)).register(app);
        app.start();
        http = new HttpServer(0, new SlackHttpHandler(app, new SlackSignature(SECRET, Clock.systemUTC()), java.util.Optional::empty));
        http.start();
        requests = new SignedRequests("http://127.0.0.1:" + http.port() + "/slack/events", SECRET,
                slack::newResponseUrl);
    }

    private FeedbackListeners listeners(MethodsClient methods) {
        Owners owners = new Owners(Set.of(OWNER_A, OWNER_B));
        JooqRuns runs = new JooqRuns(database);
        JooqOutbox outbox = new JooqOutbox(database);
        JooqFoundationChanges changes = new JooqFoundationChanges(database);
        Executor afterAck = Runnable::run;
        SendDueMessages sender = new SendDueMessages(outbox,
                new ComposeMessage(enrollments, runs, workflows, outbox, new FeedbackNotices(feedbacks, workflows)),
                new SlackMessenger(methods), duration -> { }, Runnable::run);
        Runnable sendNow = () -> sender.sendDueBy(clock.instant(), clock);
        QuickLogChoices choices = new QuickLogChoices(runs, workflows);
        HomeTab home = new HomeTab(methods, new MemberStatsSummary(runs, new MemberClock(user -> ZoneOffset.UTC, clock),
                user -> 70), new MemberProgramme(enrollments, clock, 10), choices, () -> UUID.randomUUID().toString(),
                user -> java.util.List.of());
        PressReplies replies = new PressReplies(home, afterAck);
        return new FeedbackListeners(
                new NotQuiteRightPress(new FeedbackChoices(workflows, enrollments), replies, afterAck),
                new FeedbackSubmission(new GiveFeedback(feedbacks, workflows, owners, outbox, clock), afterAck,
                        sendNow),
                new MarkFixedPress(new MarkFeedbackFixed(feedbacks, owners, outbox, clock, new RecordFix(changes,
                        feedbacks, workflows, owners, outbox, new MemberClock(user -> ZoneOffset.UTC, clock))),
                        replies, afterAck, sendNow),
                new ObstaclePress(new AnswerObstacle(enrollments, new JooqObstacles(database, clock), owners, outbox,
                        clock), replies, afterAck, sendNow),
                new OnTrackPress(replies),
                new LogRunPress(choices, () -> UUID.randomUUID().toString(), afterAck),
                new DescribeFixSubmission(new DescribeFix(changes, owners)));
    }

    FeedbackTestApp withWorkflows(String... keys) {
        for (String key : keys) {
            workflows.add(new Workflow(new WorkflowKey(key), "The " + key, OWNER_A));
        }
        return this;
    }

    Enrollment enroll(String userId, String... trainedOn) {
        return enrollments.enroll(new Enrollment(0, userId, LocalDate.of(2026, 11, 20),
                Arrays.stream(trainedOn).map(WorkflowKey::new).toList(), 70, ZoneOffset.UTC, OWNER_A,
                java.time.Instant.parse("2026-11-20T00:00:00Z"), Optional.empty())).enrollment();
    }

    @Override
    public void close() throws Exception {
        http.close();
        database.close();
    }
}
