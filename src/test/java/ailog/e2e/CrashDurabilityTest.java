package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Run;
import ailog.persistence.Database;
import ailog.persistence.JooqRuns;
import ailog.testing.FakeSlack;
import ailog.testing.SignedRequests;
import ailog.testing.SignedRequests.SlackResponse;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.JooqWorkflows;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot as its own process, started with no locale (so the JVM's default charset is ASCII), killed with
 * {@code kill -9} right after acknowledging logs: every acknowledged run is still there.
 */
class CrashDurabilityTest {
    private static final Pattern LISTENING = Pattern.compile("serving HTTP on port (\\d+)");

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedLogSurvivesKillDashNine() throws Exception {
        Path db = folder.resolve("ailog.db");
        try (Database database = Database.open(db.toString())) {
            new JooqWorkflows(database, Clock.systemUTC())
                    .add(new Workflow(new WorkflowKey("proposal"), "Proposal", "U0OWNER01"));
        }
        try (FakeSlack slack = FakeSlack.start()) {
            Process bot = startBot(slack, db);
            int port = awaitPort(bot);
            SignedRequests requests = new SignedRequests("http://127.0.0.1:" + port + "/slack/events", "secret",
                    slack::newResponseUrl);

            // A JSON event body with raw non-ASCII bytes verifies although the process has no UTF-8 locale.
            assertThat(requests.event("{\"type\":\"app_home_opened\",\"user\":\"U0CRASH1\",\"channel\":\"D0CRASH1\","
                    + "\"tab\":\"messages\",\"event_ts\":\"1732700200.000300\",\"text\":\"Zoë’s café ✓ 提案\"}").status())
                    .isEqualTo(200);
            List<String> acknowledged = sendLogsThenKill(requests, bot);

            try (Database database = Database.open(db.toString())) {
                List<Run> stored = new ArrayList<>();
                new JooqRuns(database).forEach(stored::add);
                assertThat(stored).extracting(Run::notes).containsAll(acknowledged);
                assertThat(stored).extracting(Run::notes).doesNotHaveDuplicates();
                assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(100);
                assertThat(stored).extracting(Run::notes).contains("entrée n° 0 — ✓ café");
            }
        }
    }

    private static List<String> sendLogsThenKill(SignedRequests requests, Process bot) throws Exception {
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
                bot.destroyForcibly(); // SIGKILL while later requests are still in flight
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
        bot.waitFor(10, TimeUnit.SECONDS);
        return acknowledged;
    }

    private static Process startBot(FakeSlack slack, Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "ailog.config.Main", "serve");
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_") || name.startsWith("JAVA_TOOL"));
        env.put("SLACK_BOT_TOKEN", "xoxb-crash");
        env.put("SLACK_SIGNING_SECRET", "secret");
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("PORT", "0");
        env.put("AILOG_DB", db.toString());
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static int awaitPort(Process bot) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        Thread drain = new Thread(() -> output.lines().forEach(l -> { }));
                        drain.setDaemon(true);
                        drain.start();
                        return Integer.parseInt(matcher.group(1));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("the bot exited before listening");
        });
        return port.get(30, TimeUnit.SECONDS);
    }
}
