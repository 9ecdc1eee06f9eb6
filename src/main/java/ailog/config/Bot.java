package ailog.config;

import ailog.app.AddWorkflow;
import ailog.app.LogRun;
import ailog.app.MemberClock;
import ailog.app.MemberProgramme;
import ailog.app.MemberWeekProgress;
import ailog.app.QuickLogChoices;
import ailog.app.UndoLatestRun;
import ailog.app.UndoRun;
import ailog.app.AnswerDirectMessage;
import ailog.app.WorkflowLookup;
import ailog.slack.feedback.FeedbackCommand;
import ailog.slack.messages.DirectMessageReceived;
import ailog.slack.messages.SeenEvents;
import ailog.domain.Owners;
import ailog.persistence.Database;
import ailog.app.outbox.Sleeper;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import ailog.slack.BoltApp;
import ailog.slack.HttpServer;
import ailog.slack.SlackClients;
import ailog.slack.SlackFileUpload;
import ailog.slack.SlackHttpHandler;
import ailog.slack.SlackSignature;
import ailog.slack.SocketModeConnection;
import ailog.slack.actions.PressReplies;
import ailog.slack.actions.QuickLogPress;
import ailog.slack.actions.RetryLogPress;
import ailog.slack.actions.UndoPress;
import ailog.scheduling.Scheduler;
import ailog.app.feedback.AnswerObstacle;
import ailog.app.feedback.FeedbackChoices;
import ailog.app.feedback.GiveFeedback;
import ailog.app.feedback.MarkFeedbackFixed;
import ailog.slack.feedback.FeedbackListeners;
import ailog.slack.feedback.FeedbackSubmission;
import ailog.slack.feedback.LogRunPress;
import ailog.slack.feedback.MarkFixedPress;
import ailog.slack.feedback.NotQuiteRightPress;
import ailog.slack.feedback.ObstaclePress;
import ailog.slack.feedback.OnTrackPress;
import ailog.slack.commands.AilogCommand;
import ailog.slack.commands.EnrollmentCommands;
import ailog.slack.commands.ExportCommand;
import ailog.slack.commands.LogCommandParser;
import ailog.slack.commands.LogRunCommand;
import ailog.slack.commands.MeCommand;
import ailog.slack.commands.QuickLogCommand;
import ailog.slack.commands.ReplyInTime;
import ailog.slack.commands.Subcommand;
import ailog.slack.commands.UndoCommand;
import ailog.slack.commands.WorkflowCommand;
import ailog.slack.commands.FixCommands;
import ailog.slack.commands.WorkflowPageCommand;
import ailog.slack.feedback.DescribeFixSubmission;
import ailog.app.fixes.DescribeFix;
import ailog.app.fixes.WorkflowPage;
import ailog.slack.home.AppHomeOpened;
import ailog.slack.home.HomeTab;
import ailog.app.feedback.OpenFeedback;
import ailog.slack.feedback.OpenFeedbackSection;
import ailog.slack.views.HelpView;
import ailog.slack.views.HomeView;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import ailog.slack.views.ReportView;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running bot, wired by hand: the one place that knows every class. */
public final class Bot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Bot.class);
    /** How long /healthz waits for a small write to commit before it calls the database unavailable. */
    private static final Duration HEALTH_BUDGET = Duration.ofSeconds(2);
    private final Database database;
    private final Workers workers;
    private final Optional<SocketModeConnection> socketMode;
    private final Optional<HttpServer> http;
    private final Scheduler scheduler;
    private final Services services;

    private Bot(Database database, Workers workers, Optional<SocketModeConnection> socketMode,
            Optional<HttpServer> http, Scheduler scheduler, Services services) {
        this.database = database;
        this.workers = workers;
        this.socketMode = socketMode;
        this.http = http;
        this.scheduler = scheduler;
        this.services = services;
    }

    /**
     * Opens the database, checks the token with Slack, rehearses the log path ({@link StartupRehearsal}), then starts
     * taking requests over Socket Mode or HTTP; a failure on the way closes what was opened, so nothing is left
     * half-started.
     */
    public static Bot start(Settings settings, Clock clock) {
        return start(settings, clock, Sleeper.REAL);
    }

    /**
     * As {@link #start(Settings, Clock)}, with the waits between send attempts given (tests skip them). The
     * rehearsal is skipped when {@code AILOG_REHEARSAL=off}.
     */
    public static Bot start(Settings settings, Clock clock, Sleeper sleeper) {
        settings.requireServing();
        OwnersWarning.line(settings.owners()).ifPresent(log::warn);
        String botToken = settings.botToken().orElseThrow();
        Database database = Database.open(settings.database(), settings.databasePassword().orElse(null));
        Workers workers = Workers.start();
        Optional<SocketModeConnection> socketMode = Optional.empty();
        Optional<HttpServer> http = Optional.empty();
        try {
            Slack slack = SlackClients.forApi(settings.apiUrl());
            MethodsClient methods = slack.methods(botToken);
            Services services = Services.build(settings, clock, database, () -> methods, workers, sleeper);
            SlackFileUpload upload = new SlackFileUpload(methods, slack.getHttpClient().getOkHttpClient());
            App app = BoltApp.create(slack, botToken, listeners(services, clock, settings.checkinHour(), methods,
                    upload, workers));
            startApp(app);
            if (settings.rehearse()) {
                // before any port opens or Socket Mode connects: the first members wait for none of it
                StartupRehearsal.run(services, workers, settings, clock);
            }
            socketMode = settings.appToken().map(appToken -> openSocketMode(app, appToken));
            http = startHttp(settings, app, database);
            Scheduler scheduler = Scheduler.start(services.tick(), clock,
                    database.isPostgres() ? Optional.of(database.dataSource()) : Optional.empty());
            log.info("ailog serving {}{}, database {}",
                    socketMode.isPresent() ? "over Socket Mode" : "HTTP on port " + http.orElseThrow().port()
                            + " (POST /slack/events, GET /healthz)",
                    socketMode.isPresent() && http.isPresent() ? ", GET /healthz on port " + http.get().port() : "",
                    database.url());
            return new Bot(database, workers, socketMode, http, scheduler, services);
        } catch (RuntimeException e) {
            socketMode.ifPresent(SocketModeConnection::close);
            http.ifPresent(Bot::stopHttp);
            workers.close();
            database.close();
            throw e;
        }
    }

    private static SocketModeConnection openSocketMode(App app, String appToken) {
        try {
            return SocketModeConnection.open(app, appToken);
        } catch (IllegalStateException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    /** Over HTTP the port serves Slack's requests; in Socket Mode only /healthz, and only if PORT is set. */
    private static Optional<HttpServer> startHttp(Settings settings, App app, Database database) {
        SlackHttpHandler handler;
        if (settings.socketMode()) {
            if (!settings.portGiven()) {
                return Optional.empty();
            }
            handler = SlackHttpHandler.healthOnly(() -> database.writeProblem(HEALTH_BUDGET));
        } else {
            // Replay protection is about real time, whatever business clock the rest of the bot runs on.
            SlackSignature signature = new SlackSignature(settings.signingSecret().orElseThrow(), Clock.systemUTC());
            handler = new SlackHttpHandler(app, signature, () -> database.writeProblem(HEALTH_BUDGET));
        }
        HttpServer http = new HttpServer(settings.port(), handler);
        try {
            http.start();
        } catch (Exception e) {
            throw new StartupException("cannot listen on port " + settings.port() + ": " + e.getMessage(), e);
        }
        return Optional.of(http);
    }

    private static void startApp(App app) {
        try {
            app.start();
        } catch (Exception e) {
            throw new StartupException("Slack refused SLACK_BOT_TOKEN (auth.test failed: " + e.getMessage() + ")", e);
        }
    }

    private static BoltApp.Listeners listeners(Services services, Clock clock, int checkinHour, MethodsClient slack,
            SlackFileUpload upload, Workers workers) {
        ExecutorService afterAck = workers.afterAck();
        // scheduled sending has its own thread, so a long tick never holds up a reply
        Runnable sendNow = () -> workers.sendNow().execute(() -> services.tick().run(clock.instant()));
        Supplier<String> nonces = () -> UUID.randomUUID().toString();
        JooqRuns runs = services.runs();
        JooqWorkflows workflows = services.workflows();
        MemberClock memberClock = services.memberClock();
        Owners owners = services.owners();
        MemberWeekProgress weekProgress = services.weekProgress();
        LogRun logRun = new LogRun(runs, workflows, weekProgress, memberClock, services.workflowAdded());
        QuickLogChoices choices = services.quickLogChoices();
        LogCommandParser parser = new LogCommandParser();
        WorkflowCommand workflowCommand = new WorkflowCommand(workflows, new AddWorkflow(workflows, owners));
        EnrollmentCommands enrollment = new EnrollmentCommands(services.enrollMembers(), services.unenrollMembers(),
                services.enrollments(), owners, clock, new ReplyInTime(afterAck, ReplyInTime.BUDGET), afterAck,
                sendNow);
        WorkflowLookup lookup = new WorkflowLookup(workflows);
        FixCommands fixCommands = new FixCommands(services.recordFix(), services.changeEffects(), workflows, owners,
                clock, memberClock::zoneOf, () -> afterAck.execute(() -> services.tick().run(clock.instant())));
        WorkflowPageCommand workflowPage = new WorkflowPageCommand(workflowCommand, new WorkflowPage(workflows,
                runs, services.changeEffects(), services.feedbacks(), owners, memberClock),
                upload, afterAck);
        FeedbackChoices feedbackChoices = new FeedbackChoices(workflows, services.enrollments());
        AilogCommand command = new AilogCommand(
                Map.<String, Subcommand>ofEntries(
                        Map.entry("undo", new UndoCommand(new UndoLatestRun(runs, clock), workflows, memberClock)),
                        Map.entry("me", new MeCommand(services.memberStats(), workflows)),
                        Map.entry("workflows", workflowCommand::list),
                        Map.entry("workflow", workflowPage),
                        Map.entry("fix", fixCommands::fix),
                        Map.entry("fixes", fixCommands::fixes),
                        Map.entry("help", invocation -> HelpView.help(owners.includes(invocation.userId()))),
                        Map.entry("feedback", new FeedbackCommand(feedbackChoices, slack)),
                        Map.entry("enroll", enrollment::enroll),
                        Map.entry("unenroll", enrollment::unenroll),
                        Map.entry("enrollments", enrollment::list),
                        Map.entry("pause", enrollment::pause),
                        Map.entry("report", invocation -> owners.includes(invocation.userId())
                                ? ReportView.answer(invocation.arguments(),
                                        days -> services.reports().report(days, clock.instant(),
                                                memberClock.zoneOf(invocation.userId())))
                                : HelpView.ownersOnly("report")),
                        Map.entry("export", new ExportCommand(runs, owners, slack, upload, afterAck, clock))),
                new QuickLogCommand(choices, nonces),
                new LogRunCommand(parser, lookup, logRun, nonces,
                        new ReplyInTime(workers.logWrites(), ReplyInTime.BUDGET)));
        OpenFeedback openFeedback = new OpenFeedback(services.feedbacks(), workflows, owners);
        MemberProgramme programme = new MemberProgramme(services.enrollments(), clock, checkinHour);
        Function<String, List<LayoutBlock>> forOwners = userId -> owners.includes(userId)
                ? concat(HomeView.teamHeadline(services.reports().report(7, clock.instant(),
                        memberClock.zoneOf(userId))),
                        OpenFeedbackSection.blocks(openFeedback.forOwner(userId).orElse(List.of())))
                : List.of();
        HomeTab homeTab = new HomeTab(slack, services.memberStats(), programme, choices, nonces, forOwners);
        PressReplies replies = new PressReplies(homeTab, afterAck);
        return new BoltApp.Listeners(
                command,
                new QuickLogPress(logRun, workflows, choices, replies),
                new UndoPress(new UndoRun(runs), workflows, memberClock, replies),
                new RetryLogPress(parser, logRun, replies, sendNow),
                new AppHomeOpened(homeTab, afterAck),
                new DirectMessageReceived(new AnswerDirectMessage(lookup), new SeenEvents(), afterAck),
                feedbackListeners(services, clock, replies, afterAck, sendNow, choices, nonces));
    }

    private static List<LayoutBlock> concat(List<LayoutBlock> first, List<LayoutBlock> second) {
        List<LayoutBlock> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static FeedbackListeners feedbackListeners(Services services, Clock clock, PressReplies replies,
            ExecutorService afterAck, Runnable sendNow, QuickLogChoices choices, Supplier<String> nonces) {
        Owners owners = services.owners();
        return new FeedbackListeners(
                new NotQuiteRightPress(new FeedbackChoices(services.workflows(), services.enrollments()), replies,
                        afterAck),
                new FeedbackSubmission(new GiveFeedback(services.feedbacks(), services.workflows(), owners,
                        services.outbox(), clock), afterAck, sendNow),
                new MarkFixedPress(new MarkFeedbackFixed(services.feedbacks(), owners, services.outbox(), clock,
                        services.recordFix()), replies, afterAck, sendNow),
                new ObstaclePress(new AnswerObstacle(services.enrollments(), services.obstacles(), owners,
                        services.outbox(), clock), replies, afterAck, sendNow),
                new OnTrackPress(replies),
                new LogRunPress(choices, nonces, afterAck),
                new DescribeFixSubmission(new DescribeFix(services.foundationChanges(), owners)));
    }

    private static void stopHttp(HttpServer server) {
        try {
            server.close();
        } catch (Exception e) {
            log.warn("stopping HTTP: {}", e.toString());
        }
    }

    /** The HTTP port, when there is one. */
    public int port() {
        return http.orElseThrow(() -> new IllegalStateException("no HTTP port in Socket Mode")).port();
    }

    public Database database() {
        return database;
    }

    public Services services() {
        return services;
    }

    /**
     * Stops taking new requests, lets requests in flight and replies already queued finish (bounded waits), then
     * closes the database.
     */
    @Override
    public void close() {
        scheduler.close();
        socketMode.ifPresent(SocketModeConnection::close);
        http.ifPresent(Bot::stopHttp);
        workers.close();
        database.close();
        log.info("ailog stopped");
    }
}
