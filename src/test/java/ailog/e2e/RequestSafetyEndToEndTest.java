package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.RunningBot;
import ailog.testing.SignedRequests;
import ailog.testing.SignedRequests.SignatureMode;
import ailog.testing.SignedRequests.SlackResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests that are not from Slack, or not what Slack sends, change nothing and never get a 500. */
class RequestSafetyEndToEndTest {
    private static final String USER = "U0SAFETY1";
    private static RunningBot bot;

    @BeforeAll
    static void startBot() {
        bot = RunningBot.start();
        bot.addWorkflow("proposal", "Proposal");
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    @ParameterizedTest
    @EnumSource(value = SignatureMode.class, names = {"WRONG_SECRET", "STALE", "MISSING"})
    void aBadStaleOrMissingSignatureGets401AndStoresNothing(SignatureMode mode) {
        String body = bot.requests().payloads().slashCommand(USER, "proposal as-is", bot.slack().newResponseUrl());
        SlackResponse response = bot.requests().send(body, SignedRequests.FORM, mode);
        assertThat(response.status()).isEqualTo(401);
        assertThat(bot.storedRunsOf(USER)).isEmpty();
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        String body = bot.requests().payloads().slashCommand(USER, "proposal as-is", bot.slack().newResponseUrl());
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String signature = SignedRequests.sign(RunningBot.SIGNING_SECRET, timestamp, body.getBytes());
        SlackResponse response = bot.requests().send(body.replace("as-is", "not-used"), SignedRequests.FORM,
                SignatureMode.MISSING, java.util.Map.of("X-Slack-Request-Timestamp", timestamp,
                        "X-Slack-Signature", signature));
        assertThat(response.status()).isEqualTo(401);
        assertThat(bot.storedRunsOf(USER)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "garbage",
        "payload=%7Bnot-json",
        "payload=%7B%22type%22%3A%22block_actions%22%7D",
        "{\"type\":\"event_callback\"}",
        "command=%2Failog"
    })
    void garbageThatIsSignedNeverGetsA500AndStoresNothing(String body) {
        SlackResponse response = bot.requests().send(body, SignedRequests.FORM, SignatureMode.GOOD);
        assertThat(response.status()).isLessThan(500);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at ailog.");
        assertThat(bot.storedRuns()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "n1|proposal|great|", "n1|nope|as-is|", "9999999999999999999999"})
    void aForgedButtonValueIsAnsweredPoliteOnAndStoresNothing(String value) {
        for (String action : new String[] {"quicklog_outcome_as-is", "quicklog_edit_tone", "undo_run",
                "retry_log_x_add", "quicklog_pick_workflow"}) {
            SlackResponse response = bot.requests().blockAction(USER, action, value, bot.slack().newResponseUrl());
            assertThat(response.status()).isEqualTo(200);
        }
        assertThat(bot.storedRuns()).isEmpty();
    }

    @Test
    void aBodyLargerThanSlackWouldSendIsRefusedWithoutA500() {
        String body = "command=%2Failog&text=" + "a".repeat(400_000);
        SlackResponse response = bot.requests().send(body, SignedRequests.FORM, SignatureMode.GOOD);
        assertThat(response.status()).isEqualTo(413);
        assertThat(bot.storedRuns()).isEmpty();
    }

    @Test
    void theHealthCheckAnswersWhenTheDatabaseDoes() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(bot.baseUrl() + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ok");
    }

    @Test
    void otherPathsAreNotFound() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(bot.baseUrl() + "/admin")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
