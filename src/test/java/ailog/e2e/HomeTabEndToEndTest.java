package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Enrollment;
import ailog.domain.WorkflowKey;
import ailog.slack.views.ActionIds;
import ailog.testing.FakeSlack;
import ailog.testing.FeedbackForm;
import ailog.testing.RunningBot;
import com.google.gson.JsonElement;
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

/**
 * The Home tab through the real bot, on Fri 27 Nov 2026 15:00 UTC: where an enrolled member is in the programme,
 * "not quite right" at any time, and an owner's team ahead of their own buttons.
 */
class HomeTabEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final AtomicInteger MEMBERS = new AtomicInteger();
    private static RunningBot bot;

    private String member;

    @BeforeAll
    static void startBot() {
        bot = RunningBot.start();
        bot.addWorkflow("proposal", "Client proposal");
        bot.addWorkflow("invoice", "Invoice");
    }

    @AfterAll
    static void stopBot() {
        bot.close();
    }

    @BeforeEach
    void newMember() {
        bot.slack().clear();
        bot.clock().set(RunningBot.START);
        member = "U0HOME" + MEMBERS.incrementAndGet();
    }

    @AfterEach
    void withinSlacksLimits() {
        assertThat(bot.slack().violations()).isEmpty();
    }

    @Test
    void anEnrolledMemberSeesTheirWeekTargetNextCheckInAndPause() {
        enroll(member, LocalDate.parse("2026-11-06"), 80);
        bot.requests().slashCommand(member, "pause until 2026-12-03");

        String programme = section(homeOf(member), "home_programme");

        assertThat(programme).isEqualTo("""
                *Week 3 of 6* (Sat 21 Nov – Fri 27 Nov) · trained Fri 6 Nov
                Your target: *80%* of runs accepted (as is or light edit)
                Next check-in: *Sat 5 Dec*, about week 4
                :pause_button: Paused until Thu 3 Dec — `/ailog pause off` to resume""");
    }

    @Test
    void theWeekIsReadAgainstTheTargetTheMemberAgreedNotTheTeamDefault() {
        enroll(member, LocalDate.parse("2026-11-06"), 80);

        String logged = bot.requests().slashCommand(member, "proposal as-is").body();

        assertThat(section(homeOf(member), "stats_week")).contains("target 80%").doesNotContain("target 70%");
        assertThat(logged).contains("target 80%").doesNotContain("target 70%");
        assertThat(bot.requests().slashCommand(member, "me").body()).contains("target 80%");
    }

    @Test
    void nearTheEndTheSixWeekReviewIsNextAndTheWeekKeepsItsDates() {
        enroll(member, LocalDate.parse("2026-10-16"), 70);

        JsonObject home = homeOf(member);

        assertThat(section(home, "home_programme")).isEqualTo("""
                *Week 6 of 6* (Sat 21 Nov – Fri 27 Nov) · trained Fri 16 Oct
                Your target: *70%* of runs accepted (as is or light edit)
                Next: your six-week review on *Sat 28 Nov*""");
        assertThat(section(home, "stats_week")).startsWith("*This week* (Mon 23 Nov – Sun 29 Nov)");
    }

    @Test
    void aMemberWhoIsNotEnrolledSeesNoProgramme() {
        String home = homeOf(member).toString();

        assertThat(home).doesNotContain("home_programme").doesNotContain("Next check-in")
                .doesNotContain("six-week review").doesNotContain("Paused until")
                .contains(ActionIds.HOME_NOT_QUITE_RIGHT);
    }

    @Test
    void notQuiteRightOnTheHomeTabOpensTheFormAndTheFeedbackReachesTheOwners() {
        homeOf(member);

        bot.requests().blockAction(member, ActionIds.HOME_NOT_QUITE_RIGHT, "home", null);

        String modal = bot.slack().awaitCalls("views.open", 1, WAIT).get(0).get("view");
        assertThat(modal).contains(ActionIds.FEEDBACK_MODAL).contains("\"block_id\":\"workflow\"")
                .contains("Client proposal").contains("Invoice");
        JsonObject ack = bot.requests().viewSubmission(member, ActionIds.FEEDBACK_MODAL, "",
                FeedbackForm.filled().description("Made up a price").stateValues()).json();
        assertThat(ack.get("response_action").getAsString()).isEqualTo("update");
        FakeSlack.Call ownerDm = awaitDmTo(RunningBot.OWNER, "Made up a price");
        assertThat(ownerDm.get("blocks")).contains("mark_fixed_");
    }

    @Test
    void anOwnersTeamHeadlineAndOpenFeedbackComeBeforeTheirQuickLogButtons() {
        String home = homeOf(RunningBot.OWNER).toString();

        assertThat(home).contains("Your team · ").contains("\"open_feedback\"");
        assertThat(home.indexOf("\"home_team\"")).isLessThan(home.indexOf("\"home_quick_log\""));
        assertThat(home.indexOf("\"open_feedback\"")).isLessThan(home.indexOf("\"home_quick_log\""));
        assertThat(home.indexOf("\"open_feedback\"")).isLessThan(home.indexOf("\"home_week\""));
    }

    private static void enroll(String user, LocalDate trainedOn, int target) {
        bot.bot().services().enrollments().enroll(new Enrollment(0, user, trainedOn,
                List.of(new WorkflowKey("proposal")), target, ZoneOffset.UTC, RunningBot.OWNER,
                trainedOn.atStartOfDay(ZoneOffset.UTC).toInstant(), Optional.empty()));
    }

    /** The Home tab published for {@code user} when they open it; it is published after the ack. */
    private static JsonObject homeOf(String user) {
        assertThat(bot.requests().appHomeOpened(user).status()).isEqualTo(200);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var publish = bot.slack().calls("views.publish").stream()
                    .filter(call -> user.equals(call.get("user_id"))).findFirst();
            if (publish.isPresent()) {
                return JsonParser.parseString(publish.get().get("view")).getAsJsonObject();
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no Home tab published for " + user);
    }

    /** The mrkdwn text of the section with this block id. */
    private static String section(JsonObject view, String blockId) {
        for (JsonElement block : view.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("block_id") && b.get("block_id").getAsString().equals(blockId)) {
                return b.getAsJsonObject("text").get("text").getAsString();
            }
        }
        throw new AssertionError("no block " + blockId + " in " + view);
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
