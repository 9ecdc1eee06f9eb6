package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.FakeSlack;
import ailog.testing.OutboxRows;
import ailog.testing.RunningBot;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Any member may add a workflow with "Add … and log"; the owners, who keep the catalog, are each told once. */
class WorkflowAddedEndToEndTest {
    private static final String SECOND_OWNER = "U0OWNER02";
    private static final String MEMBER = "U0MEMBER7";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private RunningBot bot;

    @BeforeEach
    void start() {
        bot = RunningBot.start(Map.of("AILOG_OWNERS", RunningBot.OWNER + "," + SECOND_OWNER));
        bot.addWorkflow("proposal", "Client proposal");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private List<FakeSlack.Call> noticesTo(String owner) {
        return bot.slack().calls("chat.postMessage").stream()
                .filter(call -> owner.equals(call.get("channel")) && call.get("text").contains("`newsletter`"))
                .toList();
    }

    /** Logs an unknown workflow and presses its "Add newsletter and log" button {@code times} times. */
    private void pressAdd(String user, int times) {
        JsonObject reply = bot.requests().slashCommand(user, "newsletter light-edit tone first draft").json();
        String value = LoggingEndToEndTest.buttonValue(reply, "retry_log_newsletter_add");
        String responseUrl = bot.slack().newResponseUrl();
        for (int i = 0; i < times; i++) {
            bot.requests().blockAction(user, "retry_log_newsletter_add", value, responseUrl);
        }
    }

    @Test
    void anAddAndLogPressNotifiesEachOwnerExactlyOnce() {
        pressAdd(MEMBER, 2);

        for (String owner : List.of(RunningBot.OWNER, SECOND_OWNER)) {
            bot.slack().awaitCalls(call -> "chat.postMessage".equals(call.method())
                    && owner.equals(call.get("channel")) && call.get("text").contains("`newsletter`"), 1, WAIT,
                    "the notice to " + owner);
        }
        bot.tick(bot.clock().instant()); // a later tick, or a restart, sends nothing more
        bot.restart();
        bot.tick(bot.clock().instant());

        assertThat(noticesTo(RunningBot.OWNER)).hasSize(1);
        assertThat(noticesTo(SECOND_OWNER)).hasSize(1);
        assertThat(noticesTo(RunningBot.OWNER).get(0).get("text")).contains("<@" + MEMBER + ">")
                .contains("Add newsletter and log");
        assertThat(OutboxRows.withKeyStarting(bot.bot().database(), "workflow-added:"))
                .extracting(OutboxRows.Row::recipient).containsExactlyInAnyOrder(RunningBot.OWNER, SECOND_OWNER);
    }

    @Test
    void anOwnerWhoAddsAWorkflowThatWayIsNotToldAboutTheirOwnPress() {
        pressAdd(SECOND_OWNER, 1);

        bot.slack().awaitCalls(call -> "chat.postMessage".equals(call.method())
                && RunningBot.OWNER.equals(call.get("channel")) && call.get("text").contains("`newsletter`"), 1,
                WAIT, "the notice to the other owner");
        bot.tick(bot.clock().instant());

        assertThat(noticesTo(SECOND_OWNER)).isEmpty();
    }

    @Test
    void workflowsAddedByTheOwnerCommandOrAlreadyInTheCatalogNotifyNoOne() {
        bot.requests().slashCommand(RunningBot.OWNER, "workflow add newsletter Newsletter");
        bot.requests().slashCommand(MEMBER, "newsletter as-is");
        bot.tick(bot.clock().instant());

        assertThat(OutboxRows.withKeyStarting(bot.bot().database(), "workflow-added:")).isEmpty();
    }
}
