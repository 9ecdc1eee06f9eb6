package ailog.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.SignedRequests;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.webhook.WebhookResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The stage the bot rehearses on before it serves: every command goes through the real HTTP handler, and whatever the
 * command's work would send to Slack (a users.info lookup, a late answer to the response URL) reaches the stage on
 * 127.0.0.1, never anything else.
 */
class LoopbackRehearsalTest {
    @Test
    void signedCommandsReachTheHandlerAndEveryAddressTheyCarryIsTheStage() throws Exception {
        List<String> texts = new CopyOnWriteArrayList<>();
        List<String> users = new CopyOnWriteArrayList<>();
        List<String> addresses = new CopyOnWriteArrayList<>();
        try (LoopbackRehearsal stage = LoopbackRehearsal.open()) {
            stage.command("/ailog", (request, context) -> {
                texts.add(request.getPayload().getText());
                users.add(request.getPayload().getUserId());
                addresses.add(context.getResponseUrl());
                addresses.add(context.getSlack().getConfig().getMethodsEndpointUrlPrefix());
                return context.ack("Logged " + request.getPayload().getText());
            });

            LoopbackRehearsal.Result result = stage.run("/ailog", i -> "U-REHEARSAL-" + i % 3, i -> "run " + i, 40,
                    4, Duration.ofSeconds(30), answer -> answer.startsWith("HTTP/1.1 200") && answer.contains("Logged"));

            assertThat(result.sent()).isEqualTo(40);
            assertThat(result.answered()).isEqualTo(40);
            assertThat(texts).hasSize(40).contains("run 0", "run 39");
            assertThat(users).containsOnly("U-REHEARSAL-0", "U-REHEARSAL-1", "U-REHEARSAL-2");
            assertThat(stage.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(addresses).hasSize(80).allMatch(address -> address.startsWith(stage.baseUrl() + "/"));
        }
    }

    @Test
    void whatTheCommandAsksSlackTheStageAnswers() throws Exception {
        try (LoopbackRehearsal stage = LoopbackRehearsal.open()) {
            UsersInfoResponse member = stage.slack().methods("xoxb-rehearsal").usersInfo(r -> r.user("U-REHEARSAL-1"));
            WebhookResponse late = new Responder(stage.slack(), stage.baseUrl() + "/response/7")
                    .sendToCommand(body -> body.text("Logged, late"));

            assertThat(member.isOk()).isTrue();
            assertThat(member.getUser().getTz()).isEqualTo("Europe/Berlin");
            assertThat(late.getCode()).isEqualTo(200);
        }
    }

    @Test
    void aRequestNotSignedWithTheStagesSecretIsRefused() throws Exception {
        try (LoopbackRehearsal stage = LoopbackRehearsal.open()) {
            stage.command("/ailog", (request, context) -> context.ack("Logged"));
            SignedRequests other = new SignedRequests(stage.baseUrl() + "/slack/events",
                    "a secret that is not the stage's", () -> stage.baseUrl() + "/response/1");

            assertThat(other.slashCommand("U0ANNA", "proposal as-is").status()).isEqualTo(401);
        }
    }
}
