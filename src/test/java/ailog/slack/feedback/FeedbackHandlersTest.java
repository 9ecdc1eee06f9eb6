package ailog.slack.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ailog.domain.Enrollment;
import ailog.domain.Feedback;
import ailog.domain.Foundation;
import ailog.slack.views.ActionIds;
import ailog.testing.FakeSlack;
import ailog.testing.FeedbackForm;
import ailog.testing.OutboxRows;
import ailog.testing.SignedRequests;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feedback handlers through signed HTTP into a real Bolt app, with SQLite and the fake Web API. */
class FeedbackHandlersTest {
    private static final String OWNER_A = FeedbackTestApp.OWNER_A;
    private static final String OWNER_B = FeedbackTestApp.OWNER_B;
    private static final AtomicInteger MEMBERS = new AtomicInteger();

    @TempDir
    static Path folder;

    private static FakeSlack slack;
    private static FeedbackTestApp app;

    private String member;
    private Enrollment enrollment;

    @BeforeAll
    static void start() throws Exception {
        slack = FakeSlack.start();
        app = new FeedbackTestApp(folder, slack).withWorkflows("invoice", "newsletter", "proposal");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        slack.close();
    }

    @BeforeEach
    void newMember() {
        slack.clear();
        member = "U0MEMBER" + MEMBERS.incrementAndGet();
        enrollment = app.enroll(member, "proposal");
    }

    @AfterEach
    void withinSlacksLimits() {
        assertThat(slack.violations()).isEmpty();
    }

    @Test
    void notQuiteRightOpensTheFormWithTheMembersTrainedWorkflowFirst() {
        SignedRequests.SlackResponse ack = press(member, ActionIds.CHECKIN_NOT_QUITE_RIGHT,
                enrollment.id() + ":1", slack.newResponseUrl());

        assertThat(ack.status()).isEqualTo(200);
        FakeSlack.Call open = slack.calls("views.open").get(0);
        assertThat(open.get("trigger_id")).startsWith("1111.2222.");
        JsonObject modal = JsonParser.parseString(open.get("view")).getAsJsonObject();
        assertThat(modal.get("type").getAsString()).isEqualTo("modal");
        assertThat(modal.get("callback_id").getAsString()).isEqualTo(ActionIds.FEEDBACK_MODAL);
        assertThat(modal.getAsJsonObject("title").get("text").getAsString()).isEqualTo("Not quite right");
        assertThat(blockIds(modal)).containsExactly("workflow", "edit_type", "description");
        JsonObject select = modal.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("element");
        assertThat(select.getAsJsonArray("options").get(0).getAsJsonObject().get("value").getAsString())
                .isEqualTo("proposal");
    }

    @Test
    void aSubmittedFormIsStoredAndEveryOwnerGetsItWithMarkFixedButtons() {
        SignedRequests.SlackResponse ack = submit(member, FeedbackForm.filled().description("  Far too formal  "));

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.json().get("response_action").getAsString()).isEqualTo("update");
        Feedback stored = openFeedbackOf(member).get(0);
        assertThat(stored.description()).isEqualTo("Far too formal");
        assertThat(stored.userId()).isEqualTo(member);
        String key = "feedback:" + stored.id() + ":";
        assertThat(OutboxRows.withKeyStarting(app.database, key))
                .extracting(OutboxRows.Row::key, OutboxRows.Row::status)
                .containsExactlyInAnyOrder(tuple(key + OWNER_A, "sent"), tuple(key + OWNER_B, "sent"));
        assertThat(dmTo(OWNER_A).get("blocks")).contains("Far too formal").contains("mark_fixed_voice-guide");
        assertThat(dmTo(OWNER_B).get("blocks")).contains("mark_fixed_context-pack");
    }

    @Test
    void anIncompleteFormIsAnsweredWithItsFieldErrorsAndNothingIsStored() {
        JsonObject blank = submit(member, FeedbackForm.blank()).json();
        JsonObject wrong = submit(member, FeedbackForm.filled().workflow("gone").description("x".repeat(2001))).json();

        assertThat(blank.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(blank.getAsJsonObject("errors").keySet()).containsExactlyInAnyOrder(
                "workflow", "edit_type", "description");
        assertThat(wrong.getAsJsonObject("errors").keySet()).containsExactlyInAnyOrder("workflow", "description");
        assertThat(openFeedbackOf(member)).isEmpty();
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void anOwnerMarksItFixedOnceAndTheMemberIsToldWhatChanged() {
        submit(member, FeedbackForm.filled());
        String id = buttonValue(dmTo(OWNER_A), "mark_fixed_voice-guide");

        JsonObject marked = pressAndReply(OWNER_A, "mark_fixed_voice-guide", id);
        JsonObject again = pressAndReply(OWNER_B, "mark_fixed_training", id);

        assertThat(marked.get("replace_original").getAsBoolean()).isTrue();
        assertThat(marked.get("text").getAsString()).contains("Marked fixed in the voice guide by <@" + OWNER_A + ">");
        assertThat(again.get("text").getAsString()).contains("Already marked fixed in the voice guide");
        Feedback fixed = app.feedbacks.find(Long.parseLong(id)).orElseThrow();
        assertThat(fixed.fixedIn()).contains(Foundation.VOICE_GUIDE);
        assertThat(fixed.fixedBy()).contains(OWNER_A);
        assertThat(dmsTo(member)).hasSize(1);
        assertThat(dmTo(member).get("text")).contains("voice guide");
    }

    @Test
    void aMemberCannotMarkFeedbackFixed() {
        submit(member, FeedbackForm.filled());
        String id = buttonValue(dmTo(OWNER_A), "mark_fixed_training");

        JsonObject refused = pressAndReply(member, "mark_fixed_training", id);

        assertThat(refused.get("text").getAsString()).contains("Only the AI system owners");
        assertThat(openFeedbackOf(member)).hasSize(1);
        assertThat(dmsTo(member)).isEmpty();
    }

    @Test
    void garbageButtonsAreAnsweredPolitelyAndChangeNothing() {
        submit(member, FeedbackForm.filled());

        assertThat(pressAndReply(OWNER_A, "mark_fixed_nonsense", "1").get("text").getAsString())
                .contains("no longer works");
        assertThat(pressAndReply(OWNER_A, "mark_fixed_training", "1; drop table").get("text").getAsString())
                .contains("no longer works");
        assertThat(pressAndReply(OWNER_A, "mark_fixed_training", "99999").get("text").getAsString())
                .contains("no longer works");
        assertThat(pressAndReply(member, "obstacle_no-time", "x:y:z").get("text").getAsString())
                .contains("no longer works");
        assertThat(openFeedbackOf(member)).hasSize(1);
    }

    @Test
    void anObstacleIsStoredOnceTheOwnersAreToldAndTheCheckInLosesItsButtons() {
        String value = enrollment.id() + ":2:no-time";

        JsonObject thanks = pressOnMessage(member, "obstacle_no-time", value);
        JsonObject again = pressOnMessage(member, "obstacle_job-security", enrollment.id() + ":2:job-security");

        assertThat(thanks.toString()).contains("Week 2 check-in").contains("told the AI system owners")
                .contains("no time").doesNotContain("\"actions\"");
        assertThat(again.toString()).contains("already answered");
        assertThat(dmTo(OWNER_A).get("text")).contains("<@" + member + ">").contains("week 2").contains("no time");
        assertThat(dmsTo(OWNER_B)).hasSize(1);
        assertThat(OutboxRows.withKeyStarting(app.database, "obstacle:" + enrollment.id() + ":2:")).hasSize(2);
    }

    @Test
    void someoneElseCannotAnswerForAMember() {
        JsonObject refused = pressOnMessage("U0SOMEONE", "obstacle_no-time", enrollment.id() + ":2:no-time");

        assertThat(refused.toString()).contains("no longer works");
        assertThat(OutboxRows.withKeyStarting(app.database, "obstacle:" + enrollment.id() + ":")).isEmpty();
    }

    @Test
    void onTrackReplacesTheCheckInsButtonsWithEncouragement() {
        JsonObject reply = pressOnMessage(member, ActionIds.CHECKIN_ON_TRACK, enrollment.id() + ":2");

        assertThat(reply.toString()).contains("Week 2 check-in").contains("Glad it's on track")
                .doesNotContain("\"actions\"");
    }

    @Test
    void logARunPostsAQuickLogCardBesideTheCheckIn() {
        String responseUrl = slack.newResponseUrl();
        press(member, ActionIds.CHECKIN_LOG_RUN, enrollment.id() + ":2", responseUrl);

        JsonObject card = replyTo(responseUrl);
        assertThat(card.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(card.get("replace_original").getAsBoolean()).isFalse();
        assertThat(card.toString()).contains("Log an AI workflow run").contains("quicklog_outcome_as-is");
    }

    @Test
    void whenTheFormCannotOpenTheMemberIsToldBesideTheCheckIn() {
        slack.failNextWithError("views.open", 1, "expired_trigger_id");
        String responseUrl = slack.newResponseUrl();

        assertThat(press(member, ActionIds.CHECKIN_NOT_QUITE_RIGHT, "1:1", responseUrl).status()).isEqualTo(200);

        JsonObject sorry = replyTo(responseUrl);
        assertThat(sorry.get("replace_original").getAsBoolean()).isFalse();
        assertThat(sorry.get("text").getAsString()).contains("did not open");
    }

    // ---- helpers

    private static List<Feedback> openFeedbackOf(String user) {
        return app.feedbacks.open().stream().filter(f -> f.userId().equals(user)).toList();
    }

    private SignedRequests.SlackResponse press(String user, String actionId, String value, String responseUrl) {
        return app.requests.blockAction(user, actionId, value, responseUrl);
    }

    private SignedRequests.SlackResponse submit(String user, FeedbackForm form) {
        return app.requests.viewSubmission(user, ActionIds.FEEDBACK_MODAL, "", form.stateValues());
    }

    /** Presses a button and returns what replaced the message it sat in (work after the ack runs at once). */
    private JsonObject pressAndReply(String user, String actionId, String value) {
        String responseUrl = slack.newResponseUrl();
        assertThat(press(user, actionId, value, responseUrl).status()).isEqualTo(200);
        return replyTo(responseUrl);
    }

    /** A press on a week-2 check-in: the payload carries the message, as Slack's does. */
    private JsonObject pressOnMessage(String user, String actionId, String value) {
        String responseUrl = slack.newResponseUrl();
        JsonObject payload = JsonParser.parseString(
                app.requests.payloads().blockAction(user, actionId, value, responseUrl)).getAsJsonObject();
        payload.add("message", JsonParser.parseString("""
                {"type":"message","user":"U0BOT0001","ts":"1732700001.000100","text":"Week 2 check-in",
                 "blocks":[{"type":"section","block_id":"checkin_head",
                            "text":{"type":"mrkdwn","text":":wave: *Week 2 check-in*"}},
                           {"type":"actions","block_id":"obstacles","elements":[{"type":"button",
                            "action_id":"obstacle_no-time","text":{"type":"plain_text","text":"No time"},
                            "value":"%s"}]}]}""".formatted(value)));
        assertThat(app.requests.interactive(payload.toString()).status()).isEqualTo(200);
        return replyTo(responseUrl);
    }

    private JsonObject replyTo(String responseUrl) {
        return slack.responses().stream().filter(r -> r.url().equals(responseUrl)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing was posted to " + responseUrl)).body();
    }

    private List<FakeSlack.Call> dmsTo(String user) {
        return slack.calls("chat.postMessage").stream().filter(c -> user.equals(c.get("channel"))).toList();
    }

    private FakeSlack.Call dmTo(String user) {
        List<FakeSlack.Call> dms = dmsTo(user);
        assertThat(dms).as("DMs to " + user).isNotEmpty();
        return dms.get(dms.size() - 1);
    }

    private static String buttonValue(FakeSlack.Call message, String actionId) {
        for (var block : JsonParser.parseString(message.get("blocks")).getAsJsonArray()) {
            JsonArray elements = block.getAsJsonObject().getAsJsonArray("elements");
            for (var element : elements == null ? new JsonArray() : elements) {
                JsonObject e = element.getAsJsonObject();
                if (e.has("action_id") && e.get("action_id").getAsString().equals(actionId)) {
                    return e.get("value").getAsString();
                }
            }
        }
        throw new AssertionError("no button " + actionId + " in " + message);
    }

    private static List<String> blockIds(JsonObject view) {
        return view.getAsJsonArray("blocks").asList().stream()
                .map(b -> b.getAsJsonObject().get("block_id").getAsString()).toList();
    }
}
