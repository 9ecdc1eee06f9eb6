package ailog.config;

import ailog.app.AddWorkflow;
import ailog.app.LogRun;
import ailog.app.MemberClock;
import ailog.app.MemberWeekSummary;
import ailog.app.QuickLogChoices;
import ailog.app.UndoLatestRun;
import ailog.app.UndoRun;
import ailog.domain.Owners;
import ailog.persistence.Database;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import ailog.slack.BoltApp;
import ailog.slack.HttpServer;
import ailog.slack.SlackClients;
import ailog.slack.SlackHttpHandler;
import ailog.slack.SlackMemberZones;
import ailog.slack.SlackSignature;
import ailog.slack.actions.PressReplies;
import ailog.slack.actions.QuickLogPress;
import ailog.slack.actions.RetryLogPress;
import ailog.slack.actions.UndoPress;
import ailog.slack.commands.AilogCommand;
import ailog.slack.commands.LogCommandParser;
import ailog.slack.commands.LogRunCommand;
import ailog.slack.commands.MeCommand;
import ailog.slack.commands.QuickLogCommand;
import ailog.slack.commands.Subcommand;
import ailog.slack.commands.UndoCommand;
import ailog.slack.commands.WorkflowCommand;
import ailog.slack.home.AppHomeOpened;
import ailog.slack.home.HomeTab;
import ailog.slack.views.HelpView;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running bot, wired by hand: the one place that knows every class. */
public final class Bot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Bot.class);

    private final Database database;
    private final ExecutorService afterAck;
    private final ExecutorService lookups;
    private final HttpServer http;

    private Bot(Database database, ExecutorService afterAck, ExecutorService lookups, HttpServer http) {
        this.database = database;
        this.afterAck = afterAck;
        this.lookups = lookups;
        this.http = http;
    }

    /** Opens the database, checks the token with Slack, then starts serving; nothing is left half-started. */
    public static Bot start(Settings settings, Clock clock) {
        settings.requireServing();
        String botToken = settings.botToken().orElseThrow();
        Database database = Database.open(settings.database());
        ExecutorService afterAck = Executors.newFixedThreadPool(4, daemon("after-ack"));
        ExecutorService lookups = Executors.newCachedThreadPool(daemon("slack-lookup"));
        try {
            Slack slack = SlackClients.forApi(settings.apiUrl());
            App app = BoltApp.create(slack, botToken,
                    listeners(settings, clock, database, slack.methods(botToken), afterAck, lookups));
            startApp(app);
            // Replay protection is about real time, whatever business clock the rest of the bot runs on.
            SlackSignature signature = new SlackSignature(settings.signingSecret().orElse(""), Clock.systemUTC());
            HttpServer http = new HttpServer(settings.port(), new SlackHttpHandler(app, signature, database::answers));
            http.start();
            log.info("ailog serving HTTP on port {} (POST /slack/events, GET /healthz), database {}", http.port(),
                    database.url());
            return new Bot(database, afterAck, lookups, http);
        } catch (RuntimeException e) {
            afterAck.shutdownNow();
            lookups.shutdownNow();
            database.close();
            throw e;
        } catch (Exception e) {
            afterAck.shutdownNow();
            lookups.shutdownNow();
            database.close();
            throw new StartupException("cannot listen on port " + settings.port() + ": " + e.getMessage(), e);
        }
    }

    private static void startApp(App app) {
        try {
            app.start();
        } catch (Exception e) {
            throw new StartupException("Slack refused SLACK_BOT_TOKEN (auth.test failed: " + e.getMessage() + ")", e);
        }
    }

    private static BoltApp.Listeners listeners(Settings settings, Clock clock, Database database, MethodsClient slack,
            ExecutorService afterAck, ExecutorService lookups) {
        Supplier<String> nonces = () -> UUID.randomUUID().toString();
        JooqRuns runs = new JooqRuns(database);
        JooqWorkflows workflows = new JooqWorkflows(database, clock);
        MemberClock memberClock =
                new MemberClock(new SlackMemberZones(slack, settings.defaultZone(), clock, lookups), clock);
        Owners owners = new Owners(settings.owners());
        MemberWeekSummary weekSummary = new MemberWeekSummary(runs, memberClock, settings.targetPercent());
        LogRun logRun = new LogRun(runs, workflows, weekSummary, memberClock);
        QuickLogChoices choices = new QuickLogChoices(runs, workflows);
        LogCommandParser parser = new LogCommandParser();
        WorkflowCommand workflowCommand = new WorkflowCommand(workflows, new AddWorkflow(workflows, owners));
        Subcommand later = invocation -> HelpView.notYetAvailable("that command");
        AilogCommand command = new AilogCommand(
                Map.of(
                        "undo", new UndoCommand(new UndoLatestRun(runs, clock), workflows, memberClock),
                        "me", new MeCommand(weekSummary, workflows),
                        "workflows", workflowCommand::list,
                        "workflow", workflowCommand::add,
                        "help", invocation -> HelpView.help(owners.includes(invocation.userId())),
                        "enroll", later,
                        "enrollments", later,
                        "pause", later,
                        "report", later,
                        "export", later),
                new QuickLogCommand(choices, nonces),
                new LogRunCommand(parser, logRun, memberClock, nonces));
        HomeTab homeTab = new HomeTab(slack, weekSummary, choices, nonces);
        PressReplies replies = new PressReplies(homeTab, afterAck);
        return new BoltApp.Listeners(
                command,
                new QuickLogPress(logRun, workflows, choices, memberClock, replies),
                new UndoPress(new UndoRun(runs), workflows, memberClock, replies),
                new RetryLogPress(parser, logRun, memberClock, replies),
                new AppHomeOpened(homeTab, afterAck));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    public int port() {
        return http.port();
    }

    public Database database() {
        return database;
    }

    /** Stops taking requests, lets replies already queued go out (bounded), then closes the database. */
    @Override
    public void close() {
        try {
            http.close();
        } catch (Exception e) {
            log.warn("stopping HTTP: {}", e.toString());
        }
        afterAck.shutdown();
        try {
            afterAck.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lookups.shutdownNow();
        database.close();
        log.info("ailog stopped");
    }
}
