package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.FakeSlack;
import ailog.testing.Replies;
import ailog.testing.RunningBot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every enrollment opens with one DM: a welcome the first time, a "your schedule changed" note after that. */
class WelcomeEndToEndTest {
    private static final String DANA = "U0DANA001";
    private static final String LEE = "U0LEE0001";
    private static final String SECOND_OWNER = "U0OWNER02";

    private RunningBot bot;

    @BeforeEach
    void start() {
        bot = RunningBot.start(Map.of("AILOG_OWNERS", RunningBot.OWNER + "," + SECOND_OWNER));
        bot.addWorkflow("proposal", "Client proposal");
        bot.addWorkflow("status-update", "Status update");
        bot.slack().setUserZone(DANA, "Europe/Berlin");
        bot.slack().setUserZone(LEE, "America/New_York");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private List<FakeSlack.Call> dmsTo(String user, String textStart) {
        return bot.slack().delivered("chat.postMessage").stream()
                .filter(dm -> dm.get("channel").equals(user) && dm.get("text").startsWith(textStart))
                .toList();
    }

    private String enroll(String text) {
        return Replies.readable(bot.requests().slashCommand(RunningBot.OWNER, text));
    }

    @Test
    void eachMemberIsWelcomedExactlyOnceRightAfterEnrollingWhateverTicksAndRestartsFollow() {
        assertThat(enroll("enroll <@" + DANA + "|dana> <@" + LEE + "|lee> workflows=proposal,status-update target=70"))
                .contains("Enrolled");
        bot.slack().awaitCalls("chat.postMessage", 2, Duration.ofSeconds(10));

        bot.tick(RunningBot.START.plusSeconds(60));
        bot.tick(RunningBot.START.plusSeconds(120));
        bot.restart();
        bot.tick(RunningBot.START.plusSeconds(180));
        bot.tick(Instant.parse("2026-12-05T16:00:00Z")); // past the first check-ins

        assertThat(dmsTo(DANA, "Welcome to ailog")).hasSize(1);
        assertThat(dmsTo(LEE, "Welcome to ailog")).hasSize(1);
    }

    @Test
    void theWelcomeSaysWhoEnrolledThemTheTargetTheWorkflowsTheDatesWhoSeesTheirRunsAndHowToPause() {
        enroll("enroll <@" + DANA + "|dana> workflows=proposal,status-update target=65");
        String welcome = bot.slack().awaitCalls("chat.postMessage", 1, Duration.ofSeconds(10)).get(0).get("blocks")
                .replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0027", "'");

        assertThat(welcome)
                .contains("<@" + RunningBot.OWNER + "> enrolled you after your AI training on *Fri 27 Nov*")
                .contains("*Client proposal* and *Status update*")
                .contains("*65%*")
                .contains("at 10:00 your time: Sat 5 Dec (week 1 check-in), Sat 12 Dec (week 2 check-in),"
                        + " Sat 19 Dec (week 3 check-in), Sat 26 Dec (week 4 check-in) and Sat 9 Jan 2027"
                        + " (six-week review)")
                .contains("/ailog proposal light-edit")
                .contains("checkin_log_run")
                .contains("Your runs, notes, check-in answers and feedback are seen by you and by the AI system"
                        + " owners (<@" + RunningBot.OWNER + ">, <@" + SECOND_OWNER + ">), and by no one else.")
                .contains("/ailog pause until 2026-12-11");
        assertThat(bot.slack().violations()).isEmpty();
    }

    @Test
    void enrollingSomeoneAgainSendsTheirNewDatesNotASecondWelcome() {
        enroll("enroll <@" + DANA + "|dana> workflows=proposal");
        bot.slack().awaitCalls("chat.postMessage", 1, Duration.ofSeconds(10));
        bot.tick(Instant.parse("2026-12-02T12:00:00Z"));

        String reply = enroll("enroll <@" + DANA + "|dana> workflows=proposal target=60 trained=2026-12-02");
        assertThat(reply).contains("Thu 10 Dec (week 1 check-in)").contains("Replaced");
        bot.slack().awaitCalls("chat.postMessage", 2, Duration.ofSeconds(10)); // the welcome, then the new dates
        bot.tick(Instant.parse("2026-12-02T13:00:00Z"));
        bot.restart();
        bot.tick(Instant.parse("2026-12-02T14:00:00Z"));

        assertThat(dmsTo(DANA, "Welcome to ailog")).hasSize(1);
        List<FakeSlack.Call> changed = dmsTo(DANA, "Your ailog schedule changed");
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).get("blocks")).contains("target *60%*")
                .contains("Thu 10 Dec (week 1 check-in)").contains("Thu 14 Jan 2027 (six-week review)");
    }
}
