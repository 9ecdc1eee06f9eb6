package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Enrollment;
import ailog.testing.BlockKitLimits;
import ailog.testing.FakeSlack;
import ailog.testing.RunningBot;
import ailog.testing.SignedRequests;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An owner enrolls a whole training day at once while Slack takes its time over each {@code users.info}: the
 * command is acknowledged within Slack's three seconds, and the answer fits Block Kit however many people it names.
 */
class BigCohortEndToEndTest {
    private static final Duration SLACK_LATENCY = Duration.ofMillis(150);
    /** Slack's own limit; the bot's budget is 1.5 seconds, so this holds even on a busy machine. */
    private static final Duration ACK_LIMIT = Duration.ofSeconds(3);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private RunningBot bot;

    @BeforeEach
    void start() {
        bot = RunningBot.start();
        bot.addWorkflow("proposal", "Client proposal");
        bot.slack().delay("users.info", SLACK_LATENCY);
        bot.requests().slashCommand(RunningBot.OWNER, "help"); // the first request pays for warming up
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private static List<String> people(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("%s%05d", prefix, i)).toList();
    }

    private static String enroll(List<String> users) {
        return "enroll " + users.stream().map(u -> "<@" + u + "|" + u.toLowerCase() + ">")
                .collect(Collectors.joining(" ")) + " workflows=proposal trained=2026-11-27";
    }

    /** The acknowledgement, or what replaced it through the response URL when the check outlasted it. */
    private JsonObject finalAnswer(SignedRequests.SlackResponse ack) {
        if (!ack.body().contains("Checking")) {
            return ack.json();
        }
        return bot.slack().awaitResponses(1, WAIT).get(0).body();
    }

    @Test
    void fiveHundredPeopleAreAcknowledgedInTimeAllEnrolledAndTheAnswerFitsBlockKit() {
        List<String> users = people("U0C", 500);

        long started = System.nanoTime();
        SignedRequests.SlackResponse ack = bot.requests().slashCommand(RunningBot.OWNER, enroll(users));
        Duration roundTrip = Duration.ofNanos(System.nanoTime() - started);

        assertThat(ack.status()).isEqualTo(200);
        assertThat(roundTrip).isLessThan(ACK_LIMIT);
        assertThat(BlockKitLimits.checkMessage(ack.json())).isEmpty();
        JsonObject answer = finalAnswer(ack);
        assertThat(answer.toString()).contains("Enrolled").contains("…and 480 more");
        assertThat(BlockKitLimits.checkMessage(answer)).isEmpty();
        assertThat(bot.slack().violations()).isEmpty();
        assertThat(bot.bot().services().enrollments().all()).extracting(Enrollment::userId)
                .containsExactlyInAnyOrderElementsOf(users);
    }

    @Test
    void aLongAnswerReplacesTheHoldingReplyThroughTheResponseUrl() {
        SignedRequests.SlackResponse ack = bot.requests().slashCommand(RunningBot.OWNER, enroll(people("U0H", 300)));

        assertThat(ack.json().get("text").getAsString()).contains("Checking 300 people with Slack");
        FakeSlack.ResponsePost post = bot.slack().awaitResponses(1, WAIT).get(0);
        assertThat(post.url()).isEqualTo(bot.requests().lastResponseUrl());
        assertThat(post.body().get("replace_original").getAsBoolean()).isTrue();
        assertThat(post.body().get("text").getAsString()).contains("Enrolled");
    }

    @Test
    void oneFailedLookupAmongManyRefusesEveryoneAndNamesWhoCouldNotBeChecked() {
        bot.slack().delay("users.info", Duration.ZERO);
        // the owner's own zone is looked up first (the start's tick, the command's reply), so that the one failure
        // armed next falls on a check of the people being enrolled
        bot.bot().services().memberClock().zoneOf(RunningBot.OWNER);
        bot.slack().failNext("users.info", 1, 503, null);

        JsonObject answer = finalAnswer(bot.requests().slashCommand(RunningBot.OWNER, enroll(people("U0F", 60))));

        String failed = bot.slack().calls("users.info").stream()
                .filter(call -> !bot.slack().delivered("users.info").contains(call))
                .map(call -> call.get("user"))
                .findFirst().orElseThrow();
        assertThat(answer.get("text").getAsString()).contains("Nobody was enrolled")
                .contains("I could not check <@" + failed + "> with Slack (Slack answered HTTP 503)");
        assertThat(BlockKitLimits.checkMessage(answer)).isEmpty();
        assertThat(bot.bot().services().enrollments().all()).isEmpty();
    }

    @Test
    void hundredsOfUnknownPeopleAreListedInShortAndTheRefusalStillFitsBlockKit() {
        List<String> users = people("U0X", 230);
        users.forEach(user -> bot.slack().setUser(user, FakeSlack.UserState.DELETED));
        bot.slack().delay("users.info", Duration.ZERO);

        JsonObject answer = finalAnswer(bot.requests().slashCommand(RunningBot.OWNER, enroll(users)));

        assertThat(answer.get("text").getAsString()).contains("Nobody was enrolled").contains("is deactivated")
                .contains("…and 210 more");
        assertThat(BlockKitLimits.checkMessage(answer)).isEmpty();
        assertThat(bot.bot().services().enrollments().all()).isEmpty();
    }
}
