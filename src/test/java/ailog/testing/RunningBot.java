package ailog.testing;

import ailog.config.Bot;
import ailog.config.Settings;
import ailog.domain.NewRun;
import ailog.domain.Run;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.JooqRuns;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The real bot on an ephemeral port with a real SQLite file in a temporary folder, talking to a fake Slack Web API:
 * the harness every end-to-end test shares.
 */
public final class RunningBot implements AutoCloseable {
    public static final String SIGNING_SECRET = "test-signing-secret";
    public static final String BOT_TOKEN = "xoxb-test-token";
    public static final String OWNER = "U0OWNER01";
    /** A Friday, so "this week" has days on both sides. */
    public static final Instant START = Instant.parse("2026-11-27T15:00:00Z");

    private final Path folder;
    private final FakeSlack slack;
    private final TestClock clock;
    private final Map<String, String> env;
    private Bot bot;
    private SignedRequests requests;

    private RunningBot(Instant start, Map<String, String> extraSettings, FakeSocketMode socketMode) {
        try {
            folder = Files.createTempDirectory("ailog-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        clock = new TestClock(start);
        slack = FakeSlack.start(clock);
        env = new HashMap<>(Map.of(
                "SLACK_BOT_TOKEN", BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "SLACK_API_URL", slack.apiUrl(),
                "PORT", "0",
                "AILOG_DB", TestDatabase.fresh(folder),
                "AILOG_OWNERS", OWNER,
                "AILOG_TIMEZONE", "UTC",
                // the rehearsal of the log path before serving is off unless a test asks (restartRehearsing)
                "AILOG_REHEARSAL", "off"));
        env.putAll(extraSettings);
        if (socketMode != null) {
            slack.setSocketModeUrl(socketMode.url());
            env.put("SLACK_APP_TOKEN", "xapp-test-token");
            env.remove("SLACK_SIGNING_SECRET");
            env.remove("PORT");
        }
        boot();
    }

    private void boot() {
        // waits between send attempts are skipped
        bot = Bot.start(Settings.from(env), clock, duration -> { });
        requests = env.containsKey("SLACK_APP_TOKEN") ? null : new SignedRequests(
                "http://127.0.0.1:" + bot.port() + "/slack/events", SIGNING_SECRET, slack::newResponseUrl);
    }

    /** Stops the bot and starts it again on the same database, as after a deploy or a crash. */
    public void restart() {
        bot.close();
        boot();
    }

    /** Restarts as {@code java -jar ailog.jar} starts: rehearsing the log path before it serves. */
    public void restartRehearsing() {
        restart(Map.of("AILOG_REHEARSAL", "on"));
    }

    /** Restarts with some settings changed, as a deploy with a new environment would. */
    public void restart(Map<String, String> changedSettings) {
        env.putAll(changedSettings);
        restart();
    }

    /** One scheduler tick at the instant, as the bot's own scheduler or {@code tick --at} would run it. */
    public ailog.app.outbox.Tick.Done tick(Instant at) {
        clock.set(at);
        return bot.services().tick().run(at);
    }

    public static RunningBot start() {
        return new RunningBot(START, Map.of(), null);
    }

    public static RunningBot start(Map<String, String> extraSettings) {
        return new RunningBot(START, extraSettings, null);
    }

    /** A bot whose clock reads {@code start} from the beginning, so even its first tick sees that instant. */
    public static RunningBot startAt(Instant start, Map<String, String> extraSettings) {
        return new RunningBot(start, extraSettings, null);
    }

    /** The bot over Socket Mode, connected to {@code socketMode}; there is no HTTP port. */
    public static RunningBot startInSocketMode(FakeSocketMode socketMode) {
        return new RunningBot(START, Map.of(), socketMode);
    }

    public SignedRequests requests() {
        return requests;
    }

    public FakeSlack slack() {
        return slack;
    }

    public TestClock clock() {
        return clock;
    }

    public Bot bot() {
        return bot;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + bot.port();
    }

    /** Every run stored, read back through the real persistence adapter. */
    public List<Run> storedRuns() {
        List<Run> runs = new ArrayList<>();
        new JooqRuns(bot.database()).forEach(runs::add);
        return runs;
    }

    public List<Run> storedRunsOf(String userId) {
        return storedRuns().stream().filter(r -> r.userId().equals(userId)).toList();
    }

    /** Stores runs straight through the real adapter, as an import would: for history older than a command allows. */
    public void storeRuns(List<NewRun> runs) {
        bot.services().runs().saveAll(runs);
    }

    public List<Workflow> catalog() {
        return bot.services().workflows().all();
    }

    /** Adds a workflow straight to the catalog, as an owner would have. */
    public void addWorkflow(String key, String name) {
        bot.services().workflows().add(new Workflow(new WorkflowKey(key), name, OWNER));
    }

    /** {@code AILOG_DB}: the SQLite file's path, or the PostgreSQL URL on the PostgreSQL run of the suite. */
    public String databaseLocation() {
        return env.get("AILOG_DB");
    }

    public Path databaseFile() {
        return folder.resolve("ailog.db");
    }

    @Override
    public void close() {
        bot.close();
        slack.close();
    }
}
