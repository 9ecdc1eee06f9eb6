package ailog.e2e;

import static ailog.e2e.LoggingEndToEndTest.buttonValue;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.LogSource;
import ailog.domain.Outcome;
import ailog.domain.Run;
import ailog.testing.ButtonStyles;
import ailog.testing.FakeSlack;
import ailog.testing.RunningBot;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quick-log card and the App Home: one press per run, never two runs from one card. */
class QuickLogEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final AtomicInteger USERS = new AtomicInteger();
    private static RunningBot bot;

    private String user;

    @BeforeAll
    static void startBot() {
        bot = RunningBot.start();
        for (String key : List.of("proposal", "status-update", "support-ticket", "shift-handover", "newsletter",
                "invoice", "meeting-notes")) {
            bot.addWorkflow(key, key.replace('-', ' '));
        }
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    @BeforeEach
    void newMember() {
        user = "U0CARD" + USERS.incrementAndGet();
        bot.slack().clear();
    }

    private JsonObject card() {
        return bot.requests().slashCommand(user, "").json();
    }

    private JsonObject press(String actionId, String value) {
        String responseUrl = bot.slack().newResponseUrl();
        assertThat(bot.requests().blockAction(user, actionId, value, responseUrl).status()).isEqualTo(200);
        FakeSlack.ResponsePost post = awaitResponseTo(responseUrl);
        assertThat(post.body().get("replace_original").getAsBoolean()).isTrue();
        return post.body();
    }

    @Test
    void theCardOffersFiveWorkflowsWithFourOutcomeButtonsAndASelectOfAll() {
        String card = card().toString();
        assertThat(card).contains("Log an AI workflow run");
        assertThat(card.split("quicklog_outcome_as-is", -1)).hasSize(6);
        assertThat(card).contains("quicklog_outcome_light-edit").contains("quicklog_outcome_heavy-edit")
                .contains("quicklog_outcome_not-used").contains("quicklog_pick_workflow").contains("meeting notes");
    }

    @Test
    void theMembersRecentWorkflowsComeFirst() {
        bot.requests().slashCommand(user, "meeting-notes as-is");
        String card = card().toString();
        assertThat(card.indexOf("row_meeting-notes")).isLessThan(card.indexOf("row_proposal"));
    }

    @Test
    void anAsIsPressLogsAtOnceAndReplacesTheCardWithAConfirmationAndUndo() {
        JsonObject confirmation = press("quicklog_outcome_as-is", buttonValue(card(), "quicklog_outcome_as-is"));

        Run run = bot.storedRunsOf(user).get(0);
        assertThat(run.outcome()).isEqualTo(Outcome.AS_IS);
        assertThat(run.source()).isEqualTo(LogSource.BUTTON);
        assertThat(confirmation.toString()).contains("Logged").contains("undo_run").contains("This week (Mon 23 Nov – Sun 29 Nov): 1 run");
    }

    @Test
    void anEditPressAsksForTheEditTypeThenLogsWithIt() {
        JsonObject step = press("quicklog_outcome_heavy-edit", buttonValue(card(), "quicklog_outcome_heavy-edit"));
        assertThat(bot.storedRunsOf(user)).isEmpty();
        assertThat(step.toString()).contains("What needed work?").contains("quicklog_edit_skip");

        press("quicklog_edit_missing-info", buttonValue(step, "quicklog_edit_missing-info"));

        Run run = bot.storedRunsOf(user).get(0);
        assertThat(run.outcome()).isEqualTo(Outcome.HEAVY_EDIT);
        assertThat(run.editType()).contains(EditType.MISSING_INFO);
    }

    @Test
    void skipLogsWithoutAnEditType() {
        JsonObject step = press("quicklog_outcome_not-used", buttonValue(card(), "quicklog_outcome_not-used"));
        press("quicklog_edit_skip", buttonValue(step, "quicklog_edit_skip"));
        Run run = bot.storedRunsOf(user).get(0);
        assertThat(run.outcome()).isEqualTo(Outcome.NOT_USED);
        assertThat(run.editType()).isEmpty();
    }

    @Test
    void theCardHighlightsNoMoreThanOneButton() {
        assertThat(ButtonStyles.count(card().toString(), "primary")).isLessThanOrEqualTo(1);
    }

    @Test
    void backFromTheEditStepShowsTheOutcomeRowsAgainAndStoresNothing() {
        JsonObject step = press("quicklog_outcome_heavy-edit", buttonValue(card(), "quicklog_outcome_heavy-edit"));

        JsonObject rows = press("quicklog_back", buttonValue(step, "quicklog_back"));

        assertThat(bot.storedRunsOf(user)).isEmpty();
        assertThat(rows.toString()).contains("row_proposal").contains("quicklog_outcome_as-is")
                .contains("quicklog_pick_workflow").doesNotContain("edit_question");
        press("quicklog_outcome_as-is", buttonValue(rows, "quicklog_outcome_as-is"));
        assertThat(bot.storedRunsOf(user)).extracting(Run::outcome).containsExactly(Outcome.AS_IS);
        assertThat(bot.slack().violations()).isEmpty();
    }

    @Test
    void notUsedAsksWhyItWasNotUsedAndStoresTheChosenReason() {
        JsonObject step = press("quicklog_outcome_not-used", buttonValue(card(), "quicklog_outcome_not-used"));
        assertThat(step.toString()).contains("Why wasn't it used?").doesNotContain("What needed work?")
                .contains("quicklog_edit_skip").contains("quicklog_back");

        press("quicklog_edit_wrong-info", buttonValue(step, "quicklog_edit_wrong-info"));

        Run run = bot.storedRunsOf(user).get(0);
        assertThat(run.outcome()).isEqualTo(Outcome.NOT_USED);
        assertThat(run.editType()).contains(EditType.WRONG_INFO);
    }

    @Test
    void aSecondPressOnTheSameCardLogsNothingMore() {
        JsonObject card = card();
        press("quicklog_outcome_as-is", buttonValue(card, "quicklog_outcome_as-is"));
        JsonObject second = press("quicklog_outcome_as-is", buttonValue(card, "quicklog_outcome_as-is"));
        JsonObject step = press("quicklog_outcome_light-edit", buttonValue(card, "quicklog_outcome_light-edit"));
        press("quicklog_edit_tone", buttonValue(step, "quicklog_edit_tone"));

        assertThat(bot.storedRunsOf(user)).hasSize(1);
        assertThat(second.toString()).contains("already logged its run");
    }

    @Test
    void pressesArrivingTogetherStillLogOneRun() throws Exception {
        String value = buttonValue(card(), "quicklog_outcome_as-is");
        Thread[] presses = new Thread[8];
        for (int i = 0; i < presses.length; i++) {
            presses[i] = new Thread(() -> bot.requests().blockAction(user, "quicklog_outcome_as-is", value,
                    bot.slack().newResponseUrl()));
            presses[i].start();
        }
        for (Thread press : presses) {
            press.join();
        }
        assertThat(bot.storedRunsOf(user)).hasSize(1);
    }

    @Test
    void pickingAnotherWorkflowShowsItsOutcomeButtons() {
        JsonObject card = card();
        String pickValue = card.toString().contains("invoice") ? optionValue(card, "invoice") : null;
        String responseUrl = bot.slack().newResponseUrl();
        bot.requests().staticSelectAction(user, "quicklog_pick_workflow", pickValue, responseUrl);
        JsonObject picked = awaitResponseTo(responseUrl).body();
        assertThat(picked.toString()).contains("row_invoice");

        press("quicklog_outcome_as-is", buttonValue(picked, "quicklog_outcome_as-is"));
        assertThat(bot.storedRunsOf(user).get(0).workflow().value()).isEqualTo("invoice");
    }

    @Test
    void openingTheHomeTabPublishesTheMembersWeekAndQuickLogButtons() {
        bot.requests().slashCommand(user, "proposal light-edit tone");
        assertThat(bot.requests().appHomeOpened(user).status()).isEqualTo(200);

        FakeSlack.Call publish = bot.slack().awaitCalls("views.publish", 1, WAIT).get(0);
        assertThat(publish.get("user_id")).isEqualTo(user);
        assertThat(publish.token()).isEqualTo(RunningBot.BOT_TOKEN);
        assertThat(publish.get("view")).contains("\"type\":\"home\"").contains("1 run")
                .contains("acceptance 100% (1 of 1)").contains("quicklog_outcome_as-is");
        assertThat(bot.slack().violations()).isEmpty();
    }

    @Test
    void aPressOnTheHomeTabLogsAndRepublishesWithTheConfirmationOnTop() {
        bot.requests().appHomeOpened(user);
        JsonObject home = JsonParser.parseString(
                bot.slack().awaitCalls("views.publish", 1, WAIT).get(0).get("view")).getAsJsonObject();

        bot.requests().blockAction(user, "quicklog_outcome_as-is", buttonValue(home, "quicklog_outcome_as-is"), null);

        List<FakeSlack.Call> publishes = bot.slack().awaitCalls("views.publish", 2, WAIT);
        assertThat(bot.storedRunsOf(user)).hasSize(1);
        assertThat(publishes.get(1).get("view")).contains("Logged").contains("undo_run");
        assertThat(bot.slack().violations()).isEmpty();
    }

    @Test
    void backOnTheHomeTabTakesTheEditStepAwayAndStoresNothing() {
        JsonObject home = openHome();
        bot.requests().blockAction(user, "quicklog_outcome_light-edit",
                buttonValue(home, "quicklog_outcome_light-edit"), null);
        JsonObject withStep = JsonParser.parseString(
                bot.slack().awaitCalls("views.publish", 2, WAIT).get(1).get("view")).getAsJsonObject();
        assertThat(withStep.toString()).contains("edit_question");

        bot.requests().blockAction(user, "quicklog_back", buttonValue(withStep, "quicklog_back"), null);

        String after = bot.slack().awaitCalls("views.publish", 3, WAIT).get(2).get("view");
        assertThat(after).doesNotContain("edit_question").contains("quicklog_outcome_as-is");
        assertThat(bot.storedRunsOf(user)).isEmpty();
        assertThat(bot.slack().violations()).isEmpty();
    }

    @Test
    void pickingAnotherWorkflowOnTheHomeTabShowsItsRowOnTop() {
        JsonObject home = openHome();
        bot.requests().staticSelectAction(user, "quicklog_pick_workflow", optionValue(home, "invoice"), null);

        String after = bot.slack().awaitCalls("views.publish", 2, WAIT).get(1).get("view");
        assertThat(after).contains("picked_row_invoice");
        assertThat(bot.slack().violations()).isEmpty();
    }

    private JsonObject openHome() {
        bot.requests().appHomeOpened(user);
        return JsonParser.parseString(bot.slack().awaitCalls("views.publish", 1, WAIT).get(0).get("view"))
                .getAsJsonObject();
    }

    @Test
    void anOwnersHomeTabAlsoShowsTheTeamHeadline() {
        bot.requests().appHomeOpened(RunningBot.OWNER);
        FakeSlack.Call publish = bot.slack().awaitCalls("views.publish", 1, WAIT).stream()
                .filter(call -> call.get("user_id").equals(RunningBot.OWNER)).findFirst().orElseThrow();
        assertThat(publish.get("view")).contains("Your team · ").contains("workflow sessions");
        assertThat(bot.slack().violations()).isEmpty();
    }

    /** The reply posted to one response URL; it arrives after the acknowledgement. */
    private static FakeSlack.ResponsePost awaitResponseTo(String responseUrl) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var post = bot.slack().responses().stream().filter(r -> r.url().equals(responseUrl)).findFirst();
            if (post.isPresent()) {
                return post.get();
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("nothing was posted to " + responseUrl);
    }

    private static String optionValue(JsonObject message, String workflowKey) {
        for (var block : message.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (!b.has("elements")) {
                continue;
            }
            for (var element : b.getAsJsonArray("elements")) {
                JsonObject e = element.getAsJsonObject();
                if (e.has("options")) {
                    for (var option : e.getAsJsonArray("options")) {
                        String value = option.getAsJsonObject().get("value").getAsString();
                        if (value.contains("|" + workflowKey + "|")) {
                            return value;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no option for " + workflowKey);
    }
}
