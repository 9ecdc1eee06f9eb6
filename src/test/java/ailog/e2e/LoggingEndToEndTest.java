package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.LogSource;
import ailog.domain.Outcome;
import ailog.domain.Run;
import ailog.testing.FakeSlack;
import ailog.testing.RunningBot;
import ailog.testing.SignedRequests.SlackResponse;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Logging runs with /ailog, through signed HTTP into the real app. */
class LoggingEndToEndTest {
    private static final AtomicInteger USERS = new AtomicInteger();
    private static RunningBot bot;

    private String user;

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
        user = "U0LOG" + USERS.incrementAndGet();
        bot.slack().setUserZone(user, "UTC");
    }

    private String reply(String text) {
        SlackResponse response = bot.requests().slashCommand(user, text);
        assertThat(response.status()).isEqualTo(200);
        JsonObject json = response.json();
        assertThat(json.get("response_type").getAsString()).isEqualTo("ephemeral");
        return json.toString();
    }

    private Run onlyRun() {
        assertThat(bot.storedRunsOf(user)).hasSize(1);
        return bot.storedRunsOf(user).get(0);
    }

    @ParameterizedTest
    @CsvSource({
        "as-is, as-is", "asis, as-is", "as_is, as-is", "used, as-is", "ok, as-is",
        "light-edit, light-edit", "light, light-edit", "light_edit, light-edit", "le, light-edit", "minor, light-edit",
        "heavy-edit, heavy-edit", "heavy, heavy-edit", "heavy_edit, heavy-edit", "he, heavy-edit", "major, heavy-edit",
        "not-used, not-used", "not_used, not-used", "unused, not-used", "none, not-used", "discarded, not-used",
        "REJECTED, not-used"
    })
    void everyOutcomeAliasLogsTheCanonicalOutcome(String typed, String stored) {
        assertThat(reply("proposal " + typed)).contains("Logged");
        assertThat(onlyRun().outcome().key()).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({
        "tone, tone", "scope, scope", "format, format", "missing-info, missing-info", "missing, missing-info",
        "missing_info, missing-info", "wrong-info, wrong-info", "wrong, wrong-info", "wrong_info, wrong-info",
        "incorrect, wrong-info"
    })
    void everyEditTypeAliasLogsTheCanonicalEditType(String typed, String stored) {
        reply("proposal heavy-edit " + typed);
        assertThat(onlyRun().editType().map(EditType::key)).contains(stored);
    }

    @Test
    void aLoggedRunRecordsEverythingAndTheReplyShowsTheWeekAndAnUndoButton() {
        reply("proposal as-is");
        String text = reply("status-update light-edit tone date:2026-11-25 shortened the intro");

        Run run = bot.storedRunsOf(user).stream().filter(r -> r.notes().length() > 0).findFirst().orElseThrow();
        assertThat(run.workflow().value()).isEqualTo("status-update");
        assertThat(run.outcome()).isEqualTo(Outcome.LIGHT_EDIT);
        assertThat(run.editType()).contains(EditType.TONE);
        assertThat(run.runDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(run.notes()).isEqualTo("shortened the intro");
        assertThat(run.source()).isEqualTo(LogSource.COMMAND);
        assertThat(run.loggedAt()).isEqualTo(RunningBot.START);
        assertThat(text).contains("Status update").contains("light edit (tone)").contains("Wed 25 Nov")
                .contains("This week (Mon 23 Nov – Sun 29 Nov): 2 runs").contains("acceptance 100% (2 of 2)")
                .contains("target 70%").contains("undo_run").contains("\"value\":\"" + run.id() + "\"");
    }

    @Test
    void aBackDatedRunIsConfirmedWithTheWeekItCountedIn() {
        reply("proposal as-is");
        String text = reply("proposal heavy-edit scope date:2026-11-18");

        assertThat(text).contains("Week Mon 16 Nov – Sun 22 Nov: 1 run").doesNotContain("This week");
    }

    @Test
    void todayAndYesterdayAreTheMembersOwnFromTheirSlackTimeZone() {
        bot.slack().setUserZone(user, "Asia/Tokyo"); // 15:00 UTC on Friday is Saturday in Tokyo
        reply("proposal as-is");
        reply("proposal as-is yesterday");
        assertThat(bot.storedRunsOf(user)).extracting(Run::runDate)
                .containsExactly(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 28));
    }

    @Test
    void notesKeepAccentsEmojiAndOtherScripts() {
        reply("proposal light-edit format Café déjà vu 🎉 — 提案 ok");
        assertThat(onlyRun().notes()).isEqualTo("Café déjà vu 🎉 — 提案 ok");
    }

    @Test
    void aWorkflowCanBeNamedByItsDisplayNameInAnyCase() {
        bot.addWorkflow("handover", "Handover");
        reply("HANDOVER as-is");
        assertThat(onlyRun().workflow().value()).isEqualTo("handover");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "proposal",
        "proposal great",
        "proposal light-edit tonee",
        "proposal as-is tone",
        "proposal as-is date:2026-11-28",
        "proposal as-is date:2026-10-27",
        "proposal as-is date:2026-02-30",
        "proposal as-is date:yesterday tomorrow-ish"
    })
    void badInputStoresNothingAndSaysWhatWasWrongWithAnExample(String text) {
        String answer = reply(text);
        if (text.endsWith("tomorrow-ish")) {
            assertThat(bot.storedRunsOf(user)).hasSize(1); // the control case: notes are free text
            return;
        }
        assertThat(answer).contains("nothing was stored").contains("For example");
        assertThat(bot.storedRunsOf(user)).isEmpty();
    }

    @Test
    void notesOverAThousandCharactersAreRefused() {
        assertThat(reply("proposal as-is " + "n".repeat(1001))).contains("at most 1000");
        assertThat(bot.storedRunsOf(user)).isEmpty();
    }

    @Test
    void hugeTextGetsAShortClearAnswer() {
        String answer = reply("proposal " + "é".repeat(20_000));
        assertThat(answer).contains("is not an outcome").hasSizeLessThan(2_000);
        assertThat(bot.storedRunsOf(user)).isEmpty();
    }

    @Test
    void anUnknownWorkflowStoresNothingAndOffersCloseMatchesAndAnAddButton() {
        String answer = reply("propsal light-edit tone first draft");
        assertThat(answer).contains("no workflow `propsal`").contains("Did you mean `proposal`")
                .contains("Log as proposal").contains("Add propsal and log");
        assertThat(bot.storedRunsOf(user)).isEmpty();
    }

    @Test
    void theAddButtonAddsTheWorkflowKeepsWhoAddedItAndLogsTheRunOnceHoweverOftenPressed() {
        JsonObject reply = bot.requests().slashCommand(user, "newsletter light-edit tone first draft").json();
        String value = buttonValue(reply, "retry_log_newsletter_add");
        String responseUrl = bot.slack().newResponseUrl();

        bot.requests().blockAction(user, "retry_log_newsletter_add", value, responseUrl);
        bot.requests().blockAction(user, "retry_log_newsletter_add", value, responseUrl);

        Run run = onlyRun();
        assertThat(run.workflow().value()).isEqualTo("newsletter");
        assertThat(run.editType()).contains(EditType.TONE);
        assertThat(run.notes()).isEqualTo("first draft");
        assertThat(bot.catalog()).anySatisfy(w -> {
            assertThat(w.key().value()).isEqualTo("newsletter");
            assertThat(w.addedBy()).isEqualTo(user);
        });
        assertThat(bot.slack().awaitResponses(2, java.time.Duration.ofSeconds(5)))
                .extracting(r -> r.body().get("replace_original").getAsBoolean()).containsOnly(true);
    }

    @Test
    void theCloseMatchButtonLogsUnderTheMatchedWorkflow() {
        JsonObject reply = bot.requests().slashCommand(user, "propsal as-is").json();
        bot.requests().blockAction(user, "retry_log_proposal", buttonValue(reply, "retry_log_proposal"),
                bot.slack().newResponseUrl());
        assertThat(onlyRun().workflow().value()).isEqualTo("proposal");
    }

    @Test
    void undoDeletesTheLatestEntryOfTheLastDayAndSaysWhich() {
        reply("proposal as-is");
        reply("status-update heavy-edit scope");
        assertThat(reply("undo")).contains("Removed").contains("Status update").contains("heavy edit (scope)");
        assertThat(bot.storedRunsOf(user)).extracting(r -> r.workflow().value()).containsExactly("proposal");
    }

    @Test
    void undoLeavesEntriesOlderThanADay() {
        reply("proposal as-is");
        bot.clock().advance(java.time.Duration.ofHours(25));
        try {
            assertThat(reply("undo")).contains("no entry from the last 24 hours");
            assertThat(bot.storedRunsOf(user)).hasSize(1);
        } finally {
            bot.clock().set(RunningBot.START);
        }
    }

    @Test
    void theUndoButtonDeletesOnlyTheMembersOwnRun() {
        String runId = buttonValue(bot.requests().slashCommand(user, "proposal as-is").json(), "undo_run");

        bot.requests().blockAction("U0SOMEONEELSE", "undo_run", runId, bot.slack().newResponseUrl());
        assertThat(bot.storedRunsOf(user)).hasSize(1);

        bot.requests().blockAction(user, "undo_run", runId, bot.slack().newResponseUrl());
        assertThat(bot.storedRunsOf(user)).isEmpty();
    }

    @Test
    void meShowsRunsAcceptanceAgainstTargetRunsPerWorkflowAndTopEditType() {
        reply("proposal as-is");
        reply("proposal heavy-edit scope");
        reply("status-update not-used scope");
        String me = reply("me");
        assertThat(me).contains("3 runs").contains("acceptance 33% (1 of 3)").contains("target 70%")
                .contains("Client proposal: 2").contains("Status update: 1")
                .contains("scope → fix the workflow prompt");
    }

    @Test
    void meWithoutRunsShowsNoRateRatherThanZero() {
        assertThat(reply("me")).contains("0 runs").contains("— (no runs yet)").doesNotContain("acceptance 0%");
    }

    @Test
    void workflowsListsTheCatalog() {
        assertThat(reply("workflows")).contains("`proposal` Client proposal").contains("`status-update` Status update");
    }

    @Test
    void helpShowsEveryCommandWithExamples() {
        assertThat(reply("help")).contains("/ailog proposal light-edit tone").contains("/ailog undo")
                .contains("/ailog me").contains("/ailog workflows").doesNotContain("workflow add");
    }

    @Test
    void onlyOwnersMayAddWorkflowsAndARefusalChangesNothing() {
        assertThat(reply("workflow add invoice Invoice chasing")).contains("is for the AI system owners");
        assertThat(bot.catalog()).noneMatch(w -> w.key().value().equals("invoice"));

        String answer = bot.requests().slashCommand(RunningBot.OWNER, "workflow add invoice Invoice chasing").body();
        assertThat(answer).contains("Added").contains("Invoice chasing");
        assertThat(bot.catalog()).anyMatch(w -> w.key().value().equals("invoice") && w.addedBy().equals(RunningBot.OWNER));
    }

    @Test
    void anOwnerCannotAddACommandWordOrABadKey() {
        assertThat(bot.requests().slashCommand(RunningBot.OWNER, "workflow add undo Undo things").body())
                .contains("command word");
        assertThat(bot.requests().slashCommand(RunningBot.OWNER, "workflow add bad_key! Bad").body())
                .contains("lower-case letters");
        assertThat(bot.catalog()).noneMatch(w -> w.key().value().equals("undo"));
    }

    @Test
    void reportAndExportAreForOwnersOnly() {
        int uploads = bot.slack().calls("files.getUploadURLExternal").size();
        assertThat(reply("report")).contains("is for the AI system owners");
        assertThat(reply("export")).contains("is for the AI system owners");
        assertThat(bot.slack().calls("files.getUploadURLExternal")).hasSize(uploads);
    }

    @Test
    void exportSendsTheOwnerEveryEntryAsACsvFileInTheirDirectMessages() {
        reply("proposal light-edit tone =SUM(A1) café");
        String answer = bot.requests().slashCommand(RunningBot.OWNER, "export").body();
        assertThat(answer).contains("Exporting every entry");

        FakeSlack.Call complete = bot.slack().awaitCalls("files.completeUploadExternal", 1,
                java.time.Duration.ofSeconds(10)).get(0);
        assertThat(complete.get("channel_id")).isEqualTo(FakeSlack.dmChannel(RunningBot.OWNER));
        String csv = new String(bot.slack().uploads().get(bot.slack().uploads().size() - 1).bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("date,user,workflow,outcome,edit_type,notes").contains(user)
                .contains("'=SUM(A1) café");
    }

    @Test
    void anExportSlackWillNotTakeIsReportedToTheOwnerInsteadOfPromisedAndForgotten() {
        reply("proposal as-is");
        int before = bot.slack().delivered("chat.postMessage").size();
        bot.slack().failNextWithError("files.getUploadURLExternal", 1, "internal_error");

        assertThat(bot.requests().slashCommand(RunningBot.OWNER, "export").body()).contains("Exporting every entry");

        FakeSlack.Call told = bot.slack().awaitCalls("chat.postMessage", before + 1, java.time.Duration.ofSeconds(10))
                .get(before);
        assertThat(told.get("channel")).isEqualTo(RunningBot.OWNER);
        assertThat(told.get("text")).contains("could not be sent").contains("internal_error")
                .contains("java -jar ailog.jar export --out");
    }

    @Test
    void nothingTheBotSentBrokeBlockKitLimits() {
        reply("proposal as-is");
        reply("help");
        reply("workflows");
        assertThat(bot.slack().violations()).isEmpty();
    }

    static String buttonValue(JsonObject message, String actionId) {
        for (var block : message.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("elements")) {
                for (var element : b.getAsJsonArray("elements")) {
                    JsonObject e = element.getAsJsonObject();
                    if (e.has("action_id") && e.get("action_id").getAsString().equals(actionId)) {
                        return e.get("value").getAsString();
                    }
                }
            }
        }
        throw new AssertionError("no button " + actionId + " in " + message);
    }
}
