package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.TestDatabase;
import ailog.domain.Run;
import ailog.persistence.Database;
import ailog.persistence.JooqRuns;
import ailog.testing.BotProcess;
import ailog.testing.FakeSlack;
import ailog.testing.SignedRequests;
import ailog.testing.SignedRequests.SlackResponse;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.JooqWorkflows;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot as its own process, started with no locale (so the JVM's default charset is ASCII), killed with
 * {@code kill -9} right after acknowledging logs: every acknowledged run is still there.
 */
class CrashDurabilityTest {
    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedLogSurvivesKillDashNine() throws Exception {
        String db = TestDatabase.fresh(folder);
        try (Database database = Database.open(db)) {
            new JooqWorkflows(database, Clock.systemUTC())
                    .add(new Workflow(new WorkflowKey("proposal"), "Proposal", "U0OWNER01"));
        }
        try (FakeSlack slack = FakeSlack.start()) {
            BotProcess bot = BotProcess.start(Map.of(
                    "SLACK_BOT_TOKEN", "xoxb-crash",
                    "SLACK_SIGNING_SECRET", "secret",
                    "SLACK_API_URL", slack.apiUrl(),
                    "PORT", "0",
                    "AILOG_DB", db), "serve");
            int port = bot.awaitPort();
            SignedRequests requests = new SignedRequests("http://127.0.0.1:" + port + "/slack/events", "secret",
                    slack::newResponseUrl);

            // A JSON event body with raw non-ASCII bytes verifies although the process has no UTF-8 locale.
            assertThat(requests.event("{\"type\":\"app_home_opened\",\"user\":\"U0CRASH1\",\"channel\":\"D0CRASH1\","
                    + "\"tab\":\"messages\",\"event_ts\":\"1732700200.000300\",\"text\":\"Zoë’s café ✓ 提案\"}").status())
                    .isEqualTo(200);
            List<String> acknowledged = sendLogsThenKill(requests, bot);

            try (Database database = Database.open(db)) {
                List<Run> stored = new ArrayList<>();
                new JooqRuns(database).forEach(stored::add);
                assertThat(stored).extracting(Run::notes).containsAll(acknowledged);
                assertThat(stored).extracting(Run::notes).doesNotHaveDuplicates();
                assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(100);
                assertThat(stored).extracting(Run::notes).contains("entrée n° 0 — ✓ café");
            }
        }
    }

    private static List<String> sendLogsThenKill(SignedRequests requests, BotProcess bot) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<String>> sent = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String notes = "entrée n° " + i + " — ✓ café";
            sent.add(senders.submit(() -> {
                SlackResponse response = requests.slashCommand("U0CRASH" + (notes.length() % 7), "proposal as-is " + notes);
                return response.status() == 200 && response.body().contains("Logged") ? notes : null;
            }));
        }
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            if (i == 150) {
                bot.kill(); // SIGKILL while later requests are still in flight
            }
            try {
                String notes = sent.get(i).get(10, TimeUnit.SECONDS);
                if (notes != null) {
                    acknowledged.add(notes);
                }
            } catch (Exception requestDied) {
                // requests cut off by the kill were never acknowledged
            }
        }
        senders.shutdownNow();
        bot.awaitExit();
        return acknowledged;
    }
}
