package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.Enrollment;
import ailog.domain.Run;
import ailog.domain.WorkflowKey;
import ailog.testing.RunningBot;
import ailog.testing.SignedRequests.SlackResponse;
import com.google.gson.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replies that used to mislead, through signed HTTP into the real app: each now says what was meant and how. */
class HelpfulRepliesEndToEndTest {
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
        user = "U0REPLY" + USERS.incrementAndGet();
    }

    @AfterEach
    void withinSlacksLimits() {
        assertThat(bot.slack().violations()).isEmpty();
    }

    /** The reply's notification text and blocks, as one string to look for wording in. */
    private String reply(String userId, String text) {
        SlackResponse response = bot.requests().slashCommand(userId, text);
        assertThat(response.status()).isEqualTo(200);
        JsonObject json = response.json();
        assertThat(json.get("response_type").getAsString()).isEqualTo("ephemeral");
        return json.get("text").getAsString() + "\n" + json.get("blocks");
    }

    private String reply(String text) {
        return reply(user, text);
    }

    @Test
    void aWorkflowTypedAsTwoWordsIsLoggedUnderItsDisplayName() {
        String answer = reply("status update as-is");

        assertThat(answer).contains("Logged").contains("Status update").doesNotContain("is not an outcome");
        assertThat(bot.storedRunsOf(user)).extracting(r -> r.workflow().value()).containsExactly("status-update");
    }

    @Test
    void aDisplayNameInWordsKeepsTheEditTypeAndNotesThatFollowIt() {
        reply("client proposal light-edit tone shortened the intro");

        Run run = bot.storedRunsOf(user).get(0);
        assertThat(run.workflow().value()).isEqualTo("proposal");
        assertThat(run.editType()).contains(EditType.TONE);
        assertThat(run.notes()).isEqualTo("shortened the intro");
    }

    @Test
    void aMistypedWorkflowOfSeveralWordsIsSuggestedAndNothingIsStored() {
        String answer = reply("status updat as-is");

        assertThat(answer).contains("no workflow `status-updat`").contains("Did you mean `status-update`")
                .contains("Log as status-update");
        assertThat(bot.storedRunsOf(user)).isEmpty();
    }

    @Test
    void anUnknownFirstWordWithoutAnOutcomeIsNeitherAWorkflowNorACommand() {
        String answer = reply("stats");

        assertThat(answer).contains("`stats` is not a workflow or a command, so nothing was stored.")
                .contains("`me` (your own numbers)").contains("`/ailog help` shows every command.")
                .contains("For example: `/ailog proposal as-is`")
                .doesNotContain("say how the output turned out");
        assertThat(bot.storedRunsOf(user)).isEmpty();
    }

    @Test
    void anUnknownFirstWordNamesTheClosestCommandsAndWorkflows() {
        assertThat(reply("feedbak")).contains("Did you mean the command `/ailog feedback`?");
        assertThat(reply("proposl please")).contains("Did you mean the workflow `proposal`?")
                .contains("For example: `/ailog proposal as-is`");
    }

    @Test
    void aKnownWorkflowWithoutAnOutcomeAsksForItInAFullSentenceWithAWorkingExample() {
        String answer = reply("status-update");

        assertThat(answer).contains("Say how the output turned out after `status-update`: as-is, light-edit,"
                + " heavy-edit or not-used.")
                .contains("For example: `/ailog status-update light-edit tone date:yesterday shortened the intro`");
    }

    @Test
    void pauseWithoutADateSaysUntilWhenInACompleteSentence() {
        String answer = reply("pause");

        assertThat(answer).contains("Say until when you want to pause, for example `/ailog pause until 2026-12-24`,"
                + " or `/ailog pause off` to end a pause.").doesNotContain("Say until when: ");
    }

    @Test
    void pauseWithABadDateSaysWhatWasWrongThenUntilWhen() {
        assertThat(reply("pause until 24/12")).contains("`24/12` is not a date: write YYYY-MM-DD. Say until when");
    }

    @Test
    void anEnrollmentsWorkflowListMayHaveASpaceAfterEachComma() {
        String trainee = "U0TRAINEE" + USERS.incrementAndGet();

        String answer = reply(RunningBot.OWNER, "enroll <@" + trainee + "|dana> workflows=proposal, status-update");

        assertThat(answer).doesNotContain("don't understand").doesNotContain("Nobody was enrolled");
        assertThat(bot.bot().services().enrollments().ofMember(trainee).map(Enrollment::workflows).orElseThrow())
                .extracting(WorkflowKey::value).containsExactlyInAnyOrder("proposal", "status-update");
    }

    @Test
    void everyWarningIsASentenceThatStartsWithACapital() {
        assertThat(reply(RunningBot.OWNER, "workflow add Bad_Key! Bad"))
                .contains(":warning: A workflow key is 1–40 lower-case letters, digits or dashes, so nothing changed.");
    }
}
