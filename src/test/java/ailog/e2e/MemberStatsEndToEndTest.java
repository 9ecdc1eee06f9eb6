package ailog.e2e;

import static ailog.testing.RunToStore.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.testing.BlockKitLimits;
import ailog.testing.FakeSlack;
import ailog.testing.RunningBot;
import ailog.testing.SignedRequests.SlackResponse;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /ailog me} and the Home tab show the member's six calendar weeks and acceptance per workflow. */
class MemberStatsEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final String TREND = """
            *Last 6 weeks*: 10 runs · acceptance 60% (6 of 10)
            `▇▇▇▇▇▇▇▇▇▇` 19 Oct – 25 Oct: 5 runs · 80% (4 of 5)
            `··········` 26 Oct – 1 Nov: 0 runs · —
            `▇▇▇▇······` 2 Nov – 8 Nov: 2 runs · 0% (0 of 2), too few runs to judge
            `··········` 9 Nov – 15 Nov: 0 runs · —
            `▇▇········` 16 Nov – 22 Nov: 1 run · 100% (1 of 1), too few runs to judge
            `▇▇▇▇······` 23 Nov – 29 Nov (this week): 2 runs · 50% (1 of 2), too few runs to judge""";
    private static final String PER_WORKFLOW = """
            *Acceptance per workflow*, last 6 weeks
            • Client proposal: 6 runs · 83% (5 of 6)
            • Status update: 3 runs · 33% (1 of 3), too few runs to judge
            • Project brief: 1 run · 0% (0 of 1), too few runs to judge""";
    private static RunningBot bot;

    private String user;

    @BeforeAll
    static void startBot() {
        bot = RunningBot.start();
        bot.addWorkflow("proposal", "Client proposal");
        bot.addWorkflow("status-update", "Status update");
        bot.addWorkflow("brief", "Project brief");
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    @BeforeEach
    void newMember() {
        user = "U0STATS" + USERS.incrementAndGet();
        bot.slack().setUserZone(user, "UTC");
        bot.clock().set(RunningBot.START);
        bot.slack().clear();
    }

    /**
     * Today is Friday 27 November 2026. Older weeks are stored directly, as a command only reaches 30 days back; the
     * last ones are logged with {@code /ailog}. Runs of mid-October fall outside the six weeks.
     */
    private void sixWeeksOfRuns() {
        List<NewRun> history = new ArrayList<>();
        history.addAll(aRun().by(user).on("2026-10-18").with(Outcome.NOT_USED).times(3));
        history.addAll(aRun().by(user).on("2026-10-20").with(Outcome.AS_IS).times(4));
        history.add(aRun().by(user).on("2026-10-22").with(Outcome.NOT_USED).build());
        history.addAll(aRun().by(user).of("status-update").on("2026-11-03")
                .with(Outcome.HEAVY_EDIT, EditType.SCOPE).times(2));
        bot.storeRuns(history);
        command("proposal light-edit tone date:2026-11-18");
        command("status-update as-is");
        command("brief not-used wrong-info");
    }

    private JsonObject command(String text) {
        SlackResponse response = bot.requests().slashCommand(user, text);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    @Test
    void meShowsEachOfTheSixWeeksAndAcceptancePerWorkflow() {
        sixWeeksOfRuns();

        JsonObject me = command("me");

        assertThat(me.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(section(me, "stats_week")).contains("2 runs · acceptance 50% (1 of 2), too few runs to judge");
        assertThat(section(me, "stats_trend")).isEqualTo(TREND);
        assertThat(section(me, "stats_trend_workflows")).isEqualTo(PER_WORKFLOW);
        assertThat(BlockKitLimits.checkMessage(me)).isEmpty();
    }

    @Test
    void theHomeTabShowsTheSameSixWeeks() {
        sixWeeksOfRuns();

        assertThat(bot.requests().appHomeOpened(user).status()).isEqualTo(200);

        FakeSlack.Call publish = bot.slack().awaitCalls("views.publish", 1, WAIT).get(0);
        JsonObject view = JsonParser.parseString(publish.get("view")).getAsJsonObject();
        assertThat(publish.get("user_id")).isEqualTo(user);
        assertThat(section(view, "stats_trend")).isEqualTo(TREND);
        assertThat(section(view, "stats_trend_workflows")).isEqualTo(PER_WORKFLOW);
        assertThat(publish.get("view")).contains("quicklog_outcome_as-is");
        assertThat(bot.slack().violations()).isEmpty();
    }

    @Test
    void aRunLoggedFromTheHomeTabShowsInTheRepublishedTrend() {
        bot.requests().appHomeOpened(user);
        JsonObject home = JsonParser.parseString(
                bot.slack().awaitCalls("views.publish", 1, WAIT).get(0).get("view")).getAsJsonObject();
        assertThat(section(home, "stats_trend")).isEqualTo("*Last 6 weeks*: 0 runs");

        bot.requests().blockAction(user, "quicklog_outcome_as-is",
                LoggingEndToEndTest.buttonValue(home, "quicklog_outcome_as-is"), null);

        JsonObject republished = JsonParser.parseString(
                bot.slack().awaitCalls("views.publish", 2, WAIT).get(1).get("view")).getAsJsonObject();
        assertThat(section(republished, "stats_trend"))
                .endsWith("23 Nov – 29 Nov (this week): 1 run · 100% (1 of 1), too few runs to judge");
        assertThat(bot.slack().violations()).isEmpty();
    }

    @Test
    void theWeeksAreTheMembersOwnInTheirTimeZone() {
        bot.clock().set(Instant.parse("2026-11-29T15:00:00Z")); // Sunday afternoon in UTC, Monday in Auckland
        bot.slack().setUserZone(user, "Pacific/Auckland");
        bot.storeRuns(List.of(aRun().by(user).on("2026-10-20").build(), aRun().by(user).on("2026-11-29").build(),
                aRun().by(user).on("2026-11-30").build()));

        String trend = section(command("me"), "stats_trend");

        assertThat(trend).startsWith("*Last 6 weeks*: 2 runs")
                .contains("\n`▇▇▇▇▇▇▇▇▇▇` 23 Nov – 29 Nov: 1 run")
                .endsWith("\n`▇▇▇▇▇▇▇▇▇▇` 30 Nov – 6 Dec (this week): 1 run · 100% (1 of 1), too few runs to judge")
                .doesNotContain("19 Oct");
    }

    /** The mrkdwn of the section with this block id, in a message or a view. */
    static String section(JsonObject messageOrView, String blockId) {
        for (JsonElement block : messageOrView.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("block_id") && b.get("block_id").getAsString().equals(blockId)) {
                return b.getAsJsonObject("text").get("text").getAsString();
            }
        }
        throw new AssertionError("no block " + blockId + " in " + messageOrView);
    }
}
