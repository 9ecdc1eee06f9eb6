package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Run;
import ailog.domain.Workflow;
import ailog.testing.FakeSlack;
import ailog.testing.OutboxRows;
import ailog.testing.RunningBot;
import ailog.testing.SignedRequests.SlackResponse;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A start as {@code java -jar} makes it: the bot rehearses a few thousand logs through its own HTTP handler before it
 * serves. The rehearsal must leave no trace a member or owner could see: no run, no catalog change, no outbox row, no
 * Slack call; and the real logs after it work as before.
 */
class StartupRehearsalEndToEndTest {
    @Test
    void theRehearsalStoresNothingAndAsksSlackNothing() {
        Logger logger = (Logger) LoggerFactory.getLogger("ailog.config.StartupRehearsal");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        // no owners: the scheduler's own tick at each start then has nothing to plan or send
        try (RunningBot bot = RunningBot.start(Map.of("AILOG_OWNERS", ""))) {
            // a team workflow with the rehearsal's own workflow's name, and a member who logged before
            bot.addWorkflow("rehearsal", "Rehearsal");
            bot.addWorkflow("proposal", "Client proposal");
            bot.slack().setUserZone("U0ANNA", "UTC");
            assertThat(bot.requests().slashCommand("U0ANNA", "proposal as-is").body()).contains("Logged");
            List<Run> before = bot.storedRuns();
            List<Workflow> catalog = bot.catalog();
            List<OutboxRows.Row> outbox = OutboxRows.of(bot.bot().database());
            bot.slack().clear();

            bot.restartRehearsing();

            // all 2,000, unless a busy machine cut the rehearsal short at its time limit
            assertThat(captured.list).filteredOn(event -> event.getLevel() == Level.INFO)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .anyMatch(line -> line.matches("rehearsed [1-9]\\d* logs in .* nothing was stored or sent to Slack"));
            assertThat(captured.list).noneMatch(event -> event.getLevel() == Level.WARN);
            assertThat(bot.storedRuns()).isEqualTo(before);
            assertThat(bot.catalog()).isEqualTo(catalog);
            assertThat(OutboxRows.of(bot.bot().database())).isEqualTo(outbox);
            // the start's own token check, and nothing else: no users.info, no message, no response URL
            assertThat(bot.slack().calls()).extracting(FakeSlack.Call::method).containsExactly("auth.test");
            assertThat(bot.slack().responses()).isEmpty();
        } finally {
            logger.detachAppender(captured);
        }
    }

    @Test
    void afterTheRehearsalMembersLogAsBeforeInTheirOwnZone() {
        try (RunningBot bot = RunningBot.start()) {
            bot.addWorkflow("proposal", "Client proposal");
            bot.restartRehearsing();
            // 15:00 UTC on Friday 27 November is already Saturday in Auckland: the member's own zone is asked for
            bot.slack().setUserZone("U0BEN", "Pacific/Auckland");

            SlackResponse logged = bot.requests().slashCommand("U0BEN", "proposal light-edit tone shorter intro");

            assertThat(logged.status()).isEqualTo(200);
            assertThat(logged.body()).contains("Logged").contains("Client proposal");
            assertThat(bot.storedRuns()).singleElement().satisfies(run -> {
                assertThat(run.userId()).isEqualTo("U0BEN");
                assertThat(run.notes()).isEqualTo("shorter intro");
                assertThat(run.runDate()).hasToString("2026-11-28");
            });
            // the member's zone came from Slack, not from anything the rehearsal looked up
            assertThat(bot.slack().calls("users.info")).filteredOn(call -> "U0BEN".equals(call.get("user")))
                    .hasSize(1);
        }
    }
}
