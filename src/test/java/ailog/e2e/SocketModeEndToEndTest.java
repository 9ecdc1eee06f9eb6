package ailog.e2e;

import static ailog.e2e.LoggingEndToEndTest.buttonValue;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Outcome;
import ailog.testing.FakeSlack;
import ailog.testing.FakeSocketMode;
import ailog.testing.RunningBot;
import ailog.testing.SlackPayloads;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same bot over Socket Mode: commands, buttons and events arrive as envelopes and are acknowledged. */
class SocketModeEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String USER = "U0SOCKET1";
    private static FakeSocketMode socket;
    private static RunningBot bot;
    private static final SlackPayloads payloads = new SlackPayloads(Clock.systemUTC());

    @BeforeAll
    static void connect() {
        socket = FakeSocketMode.start();
        bot = RunningBot.startInSocketMode(socket);
        bot.addWorkflow("proposal", "Proposal");
        socket.awaitConnections(1, WAIT);
        socket.hello();
    }

    @AfterAll
    static void stop() {
        bot.close();
        socket.close();
    }

    private JsonObject command(String text) {
        String envelope = socket.slashCommand(payloads.slashCommand(USER, text, bot.slack().newResponseUrl()));
        return socket.awaitAck(envelope, WAIT);
    }

    @Test
    void theConnectionIsOpenedThroughTheConfiguredWebApiWithTheAppToken() {
        assertThat(bot.slack().calls("apps.connections.open")).isNotEmpty()
                .allSatisfy(call -> assertThat(call.token()).isEqualTo("xapp-test-token"));
    }

    @Test
    void aSlashCommandIsLoggedAndAckedWithTheReplyAsPayload() {
        JsonObject ack = command("proposal heavy-edit scope via socket");
        assertThat(ack.getAsJsonObject("payload").toString()).contains("Logged").contains("heavy edit (scope)");
        assertThat(bot.storedRunsOf(USER)).anySatisfy(run -> assertThat(run.notes()).isEqualTo("via socket"));
    }

    @Test
    void aButtonPressArrivesAsAnInteractiveEnvelopeAndLogsOnce() {
        JsonObject card = command("").getAsJsonObject("payload");
        String value = buttonValue(card, "quicklog_outcome_as-is");
        int before = bot.storedRunsOf(USER).size();

        String responseUrl = bot.slack().newResponseUrl();
        String first = socket.interactive(payloads.blockAction(USER, "quicklog_outcome_as-is", value, responseUrl));
        String second = socket.interactive(payloads.blockAction(USER, "quicklog_outcome_as-is", value, responseUrl));

        assertThat(socket.awaitAck(first, WAIT).has("envelope_id")).isTrue();
        socket.awaitAck(second, WAIT);
        assertThat(bot.storedRunsOf(USER)).hasSize(before + 1);
        assertThat(bot.storedRunsOf(USER)).anyMatch(run -> run.outcome() == Outcome.AS_IS);
    }

    @Test
    void appHomeOpenedArrivesAsAnEventsApiEnvelopeAndPublishesTheHomeTab() {
        String envelope = socket.event(payloads.eventCallback(payloads.appHomeOpened(USER)));
        socket.awaitAck(envelope, WAIT);
        FakeSlack.Call publish = bot.slack().awaitCalls("views.publish", 1, WAIT).get(0);
        assertThat(publish.get("user_id")).isEqualTo(USER);
    }

    @Test
    void afterADisconnectEnvelopeTheAppReconnectsAndKeepsWorking() {
        int connections = socket.connectionCount();
        socket.disconnect("refresh_requested");
        socket.awaitConnections(connections + 1, WAIT);
        socket.hello();

        JsonObject ack = command("proposal as-is after reconnect");
        assertThat(ack.toString()).contains("Logged");
        assertThat(bot.storedRunsOf(USER)).anySatisfy(run -> assertThat(run.notes()).isEqualTo("after reconnect"));
    }
}
