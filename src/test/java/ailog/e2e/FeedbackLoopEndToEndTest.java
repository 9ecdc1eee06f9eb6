package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.FakeSlack;
import ailog.testing.RunningBot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An owner enrolls three people in three zones; the clock moves week by week and the fake Slack shows exactly the
 * direct messages SPEC §6 describes, in each member's own morning, once, whatever Slack throws at it. The steps
 * build on each other, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackLoopEndToEndTest {
    private static final String NEW_YORK = "U0NEWYORK";
    private static final String BERLIN = "U0BERLIN1";
    private static final String TOKYO = "U0TOKYO01";
    private static RunningBot bot;

    @BeforeAll
    static void enrollThreePeople() {
        bot = RunningBot.start();
        bot.addWorkflow("proposal", "Client proposal");
        bot.addWorkflow("status-update", "Status update");
        bot.slack().setUserZone(NEW_YORK, "America/New_York");
        bot.slack().setUserZone(BERLIN, "Europe/Berlin");
        bot.slack().setUserZone(TOKYO, "Asia/Tokyo");
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    /**
     * The scheduled DMs the three trainees received: the welcomes that come on enrolment are checked on their own, as
     * are the owner's weekly reports.
     */
    private static List<FakeSlack.Call> dms() {
        return bot.slack().delivered("chat.postMessage").stream()
                .filter(dm -> !dm.get("channel").equals(RunningBot.OWNER))
                .filter(dm -> !isWelcome(dm))
                .toList();
    }

    private static boolean isWelcome(FakeSlack.Call dm) {
        return dm.get("text").startsWith("Welcome to ailog") || dm.get("text").startsWith("Your ailog schedule");
    }

    private static List<FakeSlack.Call> welcomesTo(String user) {
        return bot.slack().delivered("chat.postMessage").stream()
                .filter(call -> user.equals(call.get("channel")) && isWelcome(call))
                .toList();
    }

    private static List<FakeSlack.Call> assessmentsToOwner() {
        return dmsTo(RunningBot.OWNER).stream().filter(dm -> dm.get("text").contains("Six-week assessment")).toList();
    }

    private static List<FakeSlack.Call> dmsTo(String user) {
        return bot.slack().delivered("chat.postMessage").stream()
                .filter(call -> user.equals(call.get("channel")) && !isWelcome(call))
                .toList();
    }

    @Test
    @Order(1)
    void anOwnerEnrollsThreePeopleWithMentionsAsSlackEscapesThem() {
        String reply = bot.requests().slashCommand(RunningBot.OWNER, "enroll <@" + NEW_YORK + "|ny> <@" + BERLIN
                + "|ber> <@" + TOKYO + "|tyo> workflows=proposal target=70 trained=2026-11-27").body();
        assertThat(reply).contains("Enrolled");
        assertThat(bot.requests().slashCommand(RunningBot.OWNER, "enrollments").body())
                .contains(NEW_YORK).contains(BERLIN).contains(TOKYO).contains("`proposal`");
        // the welcomes go out right after the reply, not at the next tick
        bot.slack().awaitCalls("chat.postMessage", 3, Duration.ofSeconds(10));
        for (String member : List.of(NEW_YORK, BERLIN, TOKYO)) {
            assertThat(welcomesTo(member)).hasSize(1);
        }
    }

    @Test
    @Order(2)
    void aMemberCannotEnrollAndBotsOrUnknownUsersAreRefused() {
        assertThat(bot.requests().slashCommand(NEW_YORK, "enroll <@U0OTHER01> workflows=proposal").body())
                .contains("is for the AI system owners");
        bot.slack().setUser("U0ROBOT01", FakeSlack.UserState.BOT);
        assertThat(bot.requests().slashCommand(RunningBot.OWNER,
                "enroll <@U0ROBOT01> workflows=proposal").body()).contains("is a bot").contains("Nobody was enrolled");
        assertThat(bot.requests().slashCommand(RunningBot.OWNER, "enroll <@U0LEE0001> workflows=nope").body())
                .contains("no workflow `nope`");
    }

    @Test
    @Order(3)
    void nothingIsSentBeforeItIsDue() {
        bot.clock().set(Instant.parse("2026-11-29T15:00:00Z"));
        bot.requests().slashCommand(NEW_YORK, "proposal as-is");
        bot.requests().slashCommand(BERLIN, "proposal heavy-edit tone");
        bot.requests().slashCommand(BERLIN, "status-update light-edit");
        bot.tick(Instant.parse("2026-12-01T00:59:00Z"));
        assertThat(dms()).isEmpty();
    }

    @Test
    @Order(4)
    void onlyTheMemberWithoutARunGetsTheDayFourNudgeAtTenInTheirMorning() {
        bot.tick(Instant.parse("2026-12-01T01:00:00Z")); // 10:00 in Tokyo
        assertThat(dmsTo(TOKYO)).hasSize(1);
        assertThat(dmsTo(TOKYO).get(0).get("text")).contains("nudge").contains("2 of the 2 others trained with you");

        bot.tick(Instant.parse("2026-12-01T15:00:00Z")); // 10:00 in New York, after Berlin's 09:00Z
        assertThat(dms()).hasSize(1);
    }

    @Test
    @Order(5)
    void eachMemberGetsTheWeekOneCheckInOnTheMorningAfterTheWeekAtTenLocalTime() {
        bot.tick(Instant.parse("2026-12-05T00:59:00Z"));
        assertThat(dms()).hasSize(1);
        bot.tick(Instant.parse("2026-12-05T01:00:00Z")); // Tokyo
        bot.tick(Instant.parse("2026-12-05T09:00:00Z")); // Berlin
        assertThat(dmsTo(TOKYO)).hasSize(2);
        assertThat(dmsTo(BERLIN)).hasSize(1);
        assertThat(dmsTo(NEW_YORK)).isEmpty();
        bot.tick(Instant.parse("2026-12-05T15:00:00Z")); // New York

        assertThat(dmsTo(NEW_YORK).get(0).get("blocks")).contains("Week 1 check-in").contains("1 run")
                .contains("checkin_on_track").contains("checkin_not_quite_right").contains("checkin_log_run");
        assertThat(dmsTo(BERLIN).get(0).get("blocks")).contains("2 runs").contains("acceptance 50% (1 of 2)")
                .contains("tone → fix the voice guide");
        assertThat(dmsTo(TOKYO).get(1).get("blocks")).contains("What is in the way").contains("obstacle_no-time");
        assertThat(bot.slack().violations()).isEmpty();
    }

    @Test
    @Order(6)
    void aSecondTickOrARestartSendsNothingTwice() {
        bot.tick(Instant.parse("2026-12-05T15:00:00Z"));
        bot.tick(Instant.parse("2026-12-05T18:00:00Z"));
        bot.restart();
        bot.tick(Instant.parse("2026-12-05T18:01:00Z"));
        assertThat(dms()).hasSize(4);
    }

    @Test
    @Order(6)
    void enrollingSomeoneAgainReplacesTheirScheduleWithoutRepeatingMessages() {
        int before = dmsTo(NEW_YORK).size();
        assertThat(bot.requests().slashCommand(RunningBot.OWNER, "enroll <@" + NEW_YORK
                + "|ny> workflows=proposal,status-update trained=2026-11-27").body().replace("\\u0027", "'"))
                .contains("Enrolled").contains("week 1's check-in was due on Sat 5 Dec: skipped")
                .contains("Replaced").contains("week 2's check-in (Sat 12 Dec)");
        bot.tick(Instant.parse("2026-12-05T19:00:00Z"));
        assertThat(dmsTo(NEW_YORK)).hasSize(before);
        assertThat(welcomesTo(NEW_YORK)).hasSize(2);
        assertThat(welcomesTo(NEW_YORK).get(1).get("text")).isEqualTo("Your ailog schedule changed");
        assertThat(bot.requests().slashCommand(RunningBot.OWNER, "enrollments").body())
                .contains("`status-update`");
    }

    @Test
    @Order(7)
    void slackErrorsAndRateLimitsStillEndWithEveryCheckInDeliveredExactlyOnce() {
        bot.slack().failNext("chat.postMessage", 2, 500, null);
        bot.slack().failNext("chat.postMessage", 2, 429, "1");
        bot.tick(Instant.parse("2026-12-12T15:00:00Z")); // week 2 for everyone
        // a 500 leaves it unknown whether Slack posted: the next tick looks in the DM, then sends what is not there
        bot.tick(Instant.parse("2026-12-12T15:01:00Z"));

        assertThat(bot.slack().calls("chat.postMessage")).hasSize(bot.slack().delivered("chat.postMessage").size() + 4);
        assertThat(dmsTo(NEW_YORK)).hasSize(2);
        assertThat(dmsTo(BERLIN)).hasSize(2);
        assertThat(dmsTo(TOKYO)).hasSize(3);
        assertThat(dms().stream().filter(call -> call.get("text").contains("Week 2"))).hasSize(3);
    }

    @Test
    @Order(8)
    void aPausedMemberGetsNoCheckInThatWeek() {
        assertThat(bot.requests().slashCommand(BERLIN, "pause until 2026-12-19").body()).contains("No check-ins");
        bot.tick(Instant.parse("2026-12-19T15:00:00Z")); // week 3
        assertThat(dmsTo(BERLIN)).hasSize(2);
        assertThat(dmsTo(NEW_YORK)).hasSize(3);
    }

    @Test
    @Order(9)
    void aMessageMoreThanThreeDaysLateIsRecordedAsMissedNotSent() {
        // ailog was down from week 3 to past week 4's check-in (due Dec 26): seen on Dec 30, more than three days
        // late, it is recorded as missed, and nothing of week 3 is resent.
        bot.tick(Instant.parse("2026-12-30T16:00:00Z"));
        assertThat(dms().stream().filter(call -> call.get("text").contains("Week 4"))).isEmpty();
        assertThat(dmsTo(NEW_YORK)).hasSize(3);
    }

    @Test
    @Order(10)
    void theMorningAfterDayFortyTwoOwnersGetEachVerdictAndMembersTheirOwnSummary() {
        bot.tick(Instant.parse("2027-01-09T15:00:00Z")); // day 43, 10:00 in New York
        List<FakeSlack.Call> toOwner = assessmentsToOwner();
        assertThat(toOwner).hasSize(3);
        assertThat(toOwner).allSatisfy(dm -> assertThat(dm.get("blocks")).contains("Six-week assessment"));
        assertThat(toOwner).anySatisfy(dm -> assertThat(dm.get("text")).contains("<@" + TOKYO + ">")
                .contains("reverted").contains("diagnose why; intervene"));
        assertThat(dmsTo(NEW_YORK).get(dmsTo(NEW_YORK).size() - 1).get("blocks")).contains("Six weeks since your AI training");
        bot.tick(Instant.parse("2027-01-10T15:00:00Z"));
        assertThat(assessmentsToOwner()).hasSize(3);
        assertThat(bot.slack().violations()).isEmpty();
    }

    @Test
    @Order(11)
    void theOwnerGetsTheWeeklyReportOnMondayMorningWithItsChartOnce() {
        bot.slack().setUserZone(RunningBot.OWNER, "Europe/Berlin");
        bot.restart(); // zones are remembered for a day; a new process asks Slack again
        int before = dmsTo(RunningBot.OWNER).size();
        int uploadsBefore = bot.slack().uploads().size();
        int completedBefore = bot.slack().delivered("files.completeUploadExternal").size();
        bot.tick(Instant.parse("2027-01-11T07:59:00Z"));
        assertThat(dmsTo(RunningBot.OWNER)).hasSize(before);
        bot.tick(Instant.parse("2027-01-11T08:00:00Z")); // Monday 09:00 in Berlin
        bot.tick(Instant.parse("2027-01-11T08:30:00Z"));

        List<FakeSlack.Call> reports = dmsTo(RunningBot.OWNER).subList(before, dmsTo(RunningBot.OWNER).size());
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("text")).contains("workflow sessions");
        assertThat(bot.slack().uploads()).hasSize(uploadsBefore + 1);
        assertThat(bot.slack().uploads().get(uploadsBefore).bytes()).startsWith(0x89, 'P', 'N', 'G');
        List<FakeSlack.Call> completed = bot.slack().delivered("files.completeUploadExternal");
        assertThat(completed).hasSize(completedBefore + 1);
        assertThat(completed.get(completedBefore).get("channel_id")).isEqualTo(FakeSlack.dmChannel(RunningBot.OWNER));
    }
}
