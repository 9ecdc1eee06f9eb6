package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Feedback;
import ailog.persistence.JooqFeedbacks;
import ailog.slack.views.ActionIds;
import ailog.testing.FakeSlack;
import ailog.testing.FeedbackForm;
import ailog.testing.RunningBot;
import ailog.testing.SignedRequests;
import ailog.testing.SignedRequests.SlackResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Not quite right" from anywhere: {@code /ailog feedback}, help, and a message typed in ailog's DM. */
class FeedbackAnywhereEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final AtomicInteger USERS = new AtomicInteger();
    private static RunningBot bot;

    private String member;

    @BeforeAll
    static void startBot() {
        bot = RunningBot.start();
        bot.addWorkflow("proposal", "Client proposal");
        bot.addWorkflow("status-update", "Status update");
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    @BeforeEach
    void newMember() {
        bot.slack().clear();
        member = "U0ANYWHERE" + USERS.incrementAndGet(); // never enrolled
    }

    @AfterEach
    void withinSlacksLimits() {
        assertThat(bot.slack().violations()).isEmpty();
    }

    @Test
    void feedbackOpensTheFormForAMemberWhoIsNotEnrolledAndTheOwnersGetWhatTheySend() {
        SlackResponse ack = bot.requests().slashCommand(member, "feedback");

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body()).as("nothing is posted in the channel").isEmpty();
        FakeSlack.Call open = bot.slack().calls("views.open").get(0);
        assertThat(open.get("trigger_id")).isNotBlank();
        assertThat(open.get("view")).contains(ActionIds.FEEDBACK_MODAL).contains("\"block_id\":\"workflow\"")
                .contains("\"block_id\":\"description\"").contains("Client proposal");

        String submitted = bot.requests().viewSubmission(member, ActionIds.FEEDBACK_MODAL, "",
                FeedbackForm.filled().stateValues()).json().get("response_action").getAsString();

        assertThat(submitted).isEqualTo("update");
        assertThat(openFeedbackOf(member)).extracting(Feedback::description).containsExactly(
                "Far too formal for this client");
        assertThat(awaitDm(RunningBot.OWNER, "Far too formal").get("blocks")).contains("mark_fixed_");
    }

    @Test
    void helpMentionsTheFeedbackCommand() {
        String help = bot.requests().slashCommand(member, "help").json().toString();

        assertThat(help).contains("/ailog feedback").contains("not quite right");
    }

    @Test
    void aMessageTypedInTheDirectMessagesGetsExactlyOneHelpfulReply() {
        String event = bot.requests().payloads().directMessage(member, "hi, how does this work?");
        String body = bot.requests().payloads().eventCallback(event);

        assertThat(sendEvent(body, Map.of()).status()).isEqualTo(200);
        assertThat(sendEvent(body, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                .status()).as("Slack delivers it again").isEqualTo(200);

        FakeSlack.Call answer = awaitDm(FakeSlack.dmChannel(member), "I don't read messages typed here");
        assertThat(answer.get("text")).contains("/ailog proposal as-is").contains("/ailog help");
        assertThat(answer.get("blocks")).contains(ActionIds.CHECKIN_NOT_QUITE_RIGHT).contains("Not quite right");
        afterEverythingQueued();
        assertThat(dmsTo(FakeSlack.dmChannel(member))).hasSize(1);
    }

    @Test
    void aRunTypedInTheDirectMessagesIsAnsweredWithTheCommandThatLogsIt() {
        bot.requests().event(bot.requests().payloads().directMessage(member, "status update as-is"));

        assertThat(awaitDm(FakeSlack.dmChannel(member), "To log that run").get("text"))
                .contains("type `/ailog status update as-is`");
    }

    @Test
    void theRepliesNotQuiteRightButtonOpensTheForm() {
        bot.requests().event(bot.requests().payloads().directMessage(member, "the proposal was off"));
        awaitDm(FakeSlack.dmChannel(member), "Not quite right");

        bot.requests().blockAction(member, ActionIds.CHECKIN_NOT_QUITE_RIGHT, "direct-message",
                bot.slack().newResponseUrl());

        assertThat(bot.slack().awaitCalls("views.open", 1, WAIT).get(0).get("view"))
                .contains(ActionIds.FEEDBACK_MODAL);
    }

    @Test
    void ailogsOwnMessagesAndEditsGetNoReply() {
        String own = bot.requests().payloads().botMessageInDm(member, FakeSlack.BOT_USER_ID, FakeSlack.BOT_ID,
                "Week 1 check-in");
        String otherBot = bot.requests().payloads().botMessageInDm(member, "U0OTHERBOT", "B0OTHERBOT", "beep");
        String edit = bot.requests().payloads().messageChangedInDm(member, "hi again");

        assertThat(List.of(own, otherBot, edit)).allSatisfy(event ->
                assertThat(bot.requests().event(event).status()).isEqualTo(200));

        afterEverythingQueued();
        assertThat(dmsTo(FakeSlack.dmChannel(member))).isEmpty();
    }

    private static SlackResponse sendEvent(String body, Map<String, String> headers) {
        return bot.requests().send(body, SignedRequests.JSON, SignedRequests.SignatureMode.GOOD, headers);
    }

    /**
     * A typed message from someone else, answered: replies go out in the order their events were acknowledged on a
     * small pool, so by the time this one is posted any reply queued before it has been posted too.
     */
    private static void afterEverythingQueued() {
        String sentinel = "U0SENTINEL" + USERS.incrementAndGet();
        bot.requests().event(bot.requests().payloads().directMessage(sentinel, "hello"));
        awaitDm(FakeSlack.dmChannel(sentinel), "I don't read messages typed here");
    }

    private static List<FakeSlack.Call> dmsTo(String channel) {
        return bot.slack().calls("chat.postMessage").stream().filter(c -> channel.equals(c.get("channel"))).toList();
    }

    private static List<Feedback> openFeedbackOf(String user) {
        return new JooqFeedbacks(bot.bot().database(), bot.clock()).open().stream()
                .filter(f -> f.userId().equals(user)).toList();
    }

    /** The message to {@code channel} whose text or blocks mention {@code mark}; it is sent after the ack. */
    private static FakeSlack.Call awaitDm(String channel, String mark) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var dm = bot.slack().calls("chat.postMessage").stream()
                    .filter(c -> channel.equals(c.get("channel")))
                    .filter(c -> (c.get("text") + c.get("blocks")).contains(mark))
                    .findFirst();
            if (dm.isPresent()) {
                return dm.get();
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("nothing posted to " + channel + " about " + mark);
    }
}
