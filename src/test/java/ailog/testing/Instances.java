package ailog.testing;

import ailog.domain.Run;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.Database;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Several ailog processes serving HTTP on one PostgreSQL database, against one fake Slack, as an operator runs them
 * behind a load balancer: each its own JVM that a test can {@code kill -9}.
 */
public final class Instances implements AutoCloseable {
    public static final String SIGNING_SECRET = "instances-secret";
    public static final String OWNER = "U0OWNER01";

    private final FakeSlack slack;
    private final String database;
    private final List<BotProcess> processes = new ArrayList<>();
    private final List<SignedRequests> requests = new ArrayList<>();

    private Instances(int count, List<String> workflows) {
        database = TestDatabase.freshPostgres();
        try (Database open = Database.open(database)) {
            JooqWorkflows catalog = new JooqWorkflows(open, Clock.systemUTC());
            workflows.forEach(key -> catalog.add(new Workflow(new WorkflowKey(key), key.replace('-', ' '), OWNER)));
        }
        slack = FakeSlack.start();
        Map<String, String> settings = Map.of(
                "SLACK_BOT_TOKEN", "xoxb-instances",
                "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "SLACK_API_URL", slack.apiUrl(),
                "PORT", "0",
                "AILOG_DB", database,
                "AILOG_OWNERS", OWNER,
                "AILOG_TIMEZONE", "UTC");
        try {
            for (int i = 0; i < count; i++) {
                processes.add(BotProcess.start(settings, "serve"));
            }
            for (BotProcess process : processes) {
                requests.add(new SignedRequests("http://127.0.0.1:" + process.awaitPort() + "/slack/events",
                        SIGNING_SECRET, slack::newResponseUrl));
            }
        } catch (RuntimeException | AssertionError failedToStart) {
            close();
            throw failedToStart;
        }
    }

    /** {@code count} instances on a new database whose catalog holds {@code workflows} (keys; names from them). */
    public static Instances start(int count, String... workflows) {
        return new Instances(count, List.of(workflows));
    }

    /** Signed requests to instance {@code i} (from 0). */
    public SignedRequests requests(int i) {
        return requests.get(i);
    }

    public BotProcess process(int i) {
        return processes.get(i);
    }

    public int count() {
        return processes.size();
    }

    public FakeSlack slack() {
        return slack;
    }

    /** Every run stored, read back through the real persistence adapter on a connection of the test's own. */
    public List<Run> storedRuns() {
        List<Run> runs = new ArrayList<>();
        try (Database open = Database.open(database)) {
            new JooqRuns(open).forEach(runs::add);
        }
        return runs;
    }

    @Override
    public void close() {
        for (BotProcess process : processes) {
            if (process.isAlive()) {
                process.kill();
                process.awaitExit();
            }
        }
        slack.close();
    }
}
