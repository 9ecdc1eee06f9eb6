package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Enrollment;
import ailog.domain.Feedback;
import ailog.domain.Foundation;
import ailog.domain.WorkflowKey;
import ailog.persistence.JooqFeedbacks;
import ailog.slack.views.ActionIds;
import ailog.testing.FakeSlack;
import ailog.testing.FeedbackForm;
import ailog.testing.OutboxRows;
import ailog.testing.RunningBot;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Not quite right" through the real bot: the form, the owners' DMs, mark fixed, and obstacle answers. */
class FeedbackEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final AtomicInteger MEMBERS = new AtomicInteger();
    private static RunningBot bot;

    private String member;
    private Enrollment enrollment;

    @BeforeAll
    static void startBot() {
        bot = RunningBot.start();
        bot.addWorkflow("invoice", "Invoice");
        bot.addWorkflow("proposal", "Client proposal");
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    @BeforeEach
    void newMember() {
        bot.slack().clear();
        member = "U0FEEDB" + MEMBERS.incrementAndGet();
        enrollment = bot.bot().services().enrollments().enroll(new Enrollment(0, member, LocalDate.of(2026, 11, 25),
                List.of(new WorkflowKey("proposal")), 70, ZoneOffset.UTC, RunningBot.OWNER,
                java.time.Instant.parse("2026-11-25T00:00:00Z"), Optional.empty())).enrollment();
    }

    @AfterEach
    void withinSlacksLimits() {
        assertThat(bot.slack().violations()).isEmpty();
    }

    @Test
    void theFormOpensIsSubmittedAndTheOwnerCanMarkItFixedOnce() {
        bot.requests().blockAction(member, ActionIds.CHECKIN_NOT_QUITE_RIGHT, enrollment.id() + ":1",
                bot.slack().newResponseUrl());
        String modal = bot.slack().awaitCalls("views.open", 1, WAIT).get(0).get("view");
        assertThat(modal).contains(ActionIds.FEEDBACK_MODAL).contains("\"block_id\":\"workflow\"");

        JsonObject ack = bot.requests().viewSubmission(member, ActionIds.FEEDBACK_MODAL, "",
                FeedbackForm.filled().stateValues()).json();
        assertThat(ack.get("response_action").getAsString()).isEqualTo("update");
        Feedback stored = openFeedbackOf(member).get(0);
        assertThat(OutboxRows.withKeyStarting(bot.bot().database(), "feedback:" + stored.id() + ":"))
                .extracting(OutboxRows.Row::recipient).containsExactly(RunningBot.OWNER);

        FakeSlack.Call ownerDm = awaitDmTo(RunningBot.OWNER, "mark_fixed_");
        assertThat(ownerDm.get("blocks")).contains("Far too formal").contains("mark_fixed_voice-guide");
        JsonObject marked = press(RunningBot.OWNER, "mark_fixed_voice-guide", Long.toString(stored.id()));
        JsonObject again = press(RunningBot.OWNER, "mark_fixed_training", Long.toString(stored.id()));

        assertThat(marked.get("text").getAsString()).contains("Marked fixed in the voice guide");
        assertThat(again.get("text").getAsString()).contains("Already marked fixed");
        assertThat(feedbacks().find(stored.id()).orElseThrow().fixedIn()).contains(Foundation.VOICE_GUIDE);
        assertThat(awaitDmTo(member, "was fixed").get("text")).contains("voice guide");
    }

    @Test
    void anIncompleteFormGetsFieldErrorsAndNothingIsStored() {
        JsonObject ack = bot.requests().viewSubmission(member, ActionIds.FEEDBACK_MODAL, "",
                FeedbackForm.blank().stateValues()).json();

        assertThat(ack.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(ack.getAsJsonObject("errors").keySet()).containsExactlyInAnyOrder(
                "workflow", "edit_type", "description");
        assertThat(openFeedbackOf(member)).isEmpty();
    }

    @Test
    void aMemberCannotMarkFeedbackFixed() {
        bot.requests().viewSubmission(member, ActionIds.FEEDBACK_MODAL, "", FeedbackForm.filled().stateValues());
        Feedback stored = openFeedbackOf(member).get(0);

        assertThat(press(member, "mark_fixed_training", Long.toString(stored.id())).get("text").getAsString())
                .contains("Only the AI system owners");
        assertThat(openFeedbackOf(member)).hasSize(1);
    }

    @Test
    void anObstacleAnswerIsStoredOnceAndTheOwnerIsTold() {
        JsonObject thanks = press(member, "obstacle_no-time", enrollment.id() + ":2:no-time");
        JsonObject again = press(member, "obstacle_job-security", enrollment.id() + ":2:job-security");

        assertThat(thanks.toString()).contains("told the AI system owners").contains("no time");
        assertThat(again.toString()).contains("already answered");
        assertThat(OutboxRows.withKeyStarting(bot.bot().database(), "obstacle:" + enrollment.id() + ":2:"))
                .hasSize(1);
        assertThat(awaitDmTo(RunningBot.OWNER, member).get("text")).contains("no time");
    }

    private static JooqFeedbacks feedbacks() {
        return new JooqFeedbacks(bot.bot().database(), bot.clock());
    }

    private static List<Feedback> openFeedbackOf(String user) {
        return feedbacks().open().stream().filter(f -> f.userId().equals(user)).toList();
    }

    /** Presses a button on a message and returns what replaced it (posted after the ack). */
    private static JsonObject press(String user, String actionId, String value) {
        String responseUrl = bot.slack().newResponseUrl();
        assertThat(bot.requests().blockAction(user, actionId, value, responseUrl).status()).isEqualTo(200);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var post = bot.slack().responses().stream().filter(r -> r.url().equals(responseUrl)).findFirst();
            if (post.isPresent()) {
                return JsonParser.parseString(post.get().json()).getAsJsonObject();
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("nothing was posted to " + responseUrl);
    }

    /** The DM to {@code user} whose text or blocks mention {@code mark}; it is sent after the ack. */
    private static FakeSlack.Call awaitDmTo(String user, String mark) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var dm = bot.slack().calls("chat.postMessage").stream()
                    .filter(c -> user.equals(c.get("channel")))
                    .filter(c -> (c.get("text") + c.get("blocks")).contains(mark))
                    .findFirst();
            if (dm.isPresent()) {
                return dm.get();
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no DM to " + user + " about " + mark);
    }
}
