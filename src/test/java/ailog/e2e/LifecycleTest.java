package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import ailog.testing.TestDatabase;
import ailog.domain.Run;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.Database;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import ailog.testing.BotProcess;
import ailog.testing.FakeSlack;
import ailog.testing.SignedRequests;
import ailog.testing.SignedRequests.SlackResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up and shutdown of the real process: no half-started bot, and a clean stop that keeps every log. */
class LifecycleTest {
    @TempDir
    Path folder;

    private String location;

    @BeforeEach
    void newDatabase() {
        location = TestDatabase.fresh(folder);
    }

    private Map<String, String> settings(FakeSlack slack) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-life",
                "SLACK_SIGNING_SECRET", "secret",
                "SLACK_API_URL", slack.apiUrl(),
                "PORT", "0",
                "AILOG_DB", location));
        return settings;
    }

    @Test
    void sigtermDuringLoadLosesNoAcknowledgedLogAndExitsZero() throws Exception {
        try (Database database = Database.open(location)) {
            new JooqWorkflows(database, Clock.systemUTC())
                    .add(new Workflow(new WorkflowKey("proposal"), "Proposal", "U0OWNER01"));
        }
        try (FakeSlack slack = FakeSlack.start()) {
            Map<String, String> asDeployed = settings(slack);
            asDeployed.put("AILOG_REHEARSAL", "on"); // as java -jar starts by default: rehearsing first
            BotProcess bot = BotProcess.start(asDeployed, "serve");
            SignedRequests requests = new SignedRequests("http://127.0.0.1:" + bot.awaitPort() + "/slack/events",
                    "secret", slack::newResponseUrl);
            ExecutorService senders = Executors.newFixedThreadPool(8);
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String notes = "run " + i;
                sent.add(senders.submit(() -> {
                    SlackResponse response = requests.slashCommand("U0LIFE1", "proposal as-is " + notes);
                    return response.status() == 200 && response.body().contains("Logged") ? notes : null;
                }));
            }
            List<String> acknowledged = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                if (i == 100) {
                    bot.terminate();
                }
                try {
                    String notes = sent.get(i).get(10, TimeUnit.SECONDS);
                    if (notes != null) {
                        acknowledged.add(notes);
                    }
                } catch (Exception refusedAfterStop) {
                    // requests after the stop began were never acknowledged
                }
            }
            senders.shutdownNow();

            assertThat(bot.awaitExit()).isEqualTo(0);
            assertThat(bot.output()).anyMatch(line -> line.contains("ailog stopped"));
            try (Database database = Database.open(location)) {
                List<Run> stored = new ArrayList<>();
                new JooqRuns(database).forEach(stored::add);
                assertThat(stored).extracting(Run::notes).containsAll(acknowledged).doesNotHaveDuplicates();
                assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(50);
            }
        }
    }

    @Test
    void aRefusedBotTokenStopsStartUpWithOneLineAndANonZeroExit() {
        try (FakeSlack slack = FakeSlack.start()) {
            slack.setAuthInvalid(true);
            BotProcess bot = BotProcess.start(settings(slack), "serve");
            assertThat(bot.awaitExit()).isNotEqualTo(0);
            assertThat(bot.output()).anyMatch(line -> line.startsWith("ailog: Slack refused SLACK_BOT_TOKEN"));
            assertThat(bot.output()).noneMatch(line -> line.contains("xoxb-life"));
            assertThat(bot.output()).noneMatch(line -> line.contains("serving"));
        }
    }

    @Test
    void aMissingSettingStopsStartUpWithOneLineNamingIt() {
        BotProcess bot = BotProcess.start(Map.of("AILOG_DB", folder.resolve("x.db").toString()), "serve");
        assertThat(bot.awaitExit()).isEqualTo(1);
        assertThat(bot.output()).containsExactly(
                "ailog: SLACK_BOT_TOKEN is not set: give the bot token (xoxb-...) from the app's OAuth & Permissions page");
    }

    @Test
    void aMalformedSettingStopsStartUpWithOneLine() {
        BotProcess bot = BotProcess.start(Map.of("PORT", "http"), "serve");
        assertThat(bot.awaitExit()).isEqualTo(1);
        assertThat(bot.output()).containsExactly("ailog: PORT must be a whole number from 0 to 65535, not 'http'");
    }
}
