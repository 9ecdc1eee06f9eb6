package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.RunningBot;
import ailog.testing.SignedRequests;
import ailog.testing.SignedRequests.SignatureMode;
import ailog.testing.SignedRequests.SlackResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A signed request captured and sent again is refused; the same thing typed twice is two requests, two runs. */
class ReplayEndToEndTest {
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

    @Test
    void aCapturedRequestSentAgainWithinTheWindowIsRefusedAndLogsNothingTwice() {
        String user = "U0REPLAY1";
        String body = bot.requests().payloads().slashCommand(user, "proposal as-is", bot.slack().newResponseUrl());
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        Map<String, String> signed = Map.of("X-Slack-Request-Timestamp", timestamp,
                "X-Slack-Signature", SignedRequests.sign(RunningBot.SIGNING_SECRET, timestamp, body.getBytes()));

        SlackResponse first = bot.requests().send(body, SignedRequests.FORM, SignatureMode.MISSING, signed);
        SlackResponse replayed = bot.requests().send(body, SignedRequests.FORM, SignatureMode.MISSING, signed);

        assertThat(first.status()).isEqualTo(200);
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(bot.storedRunsOf(user)).hasSize(1);
    }

    @Test
    void theSameRunTypedTwiceOnPurposeIsTwoRuns() {
        String user = "U0TWICE01";
        bot.requests().slashCommand(user, "proposal as-is");
        bot.requests().slashCommand(user, "proposal as-is");

        assertThat(bot.storedRunsOf(user)).hasSize(2);
    }
}
