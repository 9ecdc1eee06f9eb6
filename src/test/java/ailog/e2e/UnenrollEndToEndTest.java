package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.FakeSlack;
import ailog.testing.OutboxRows;
import ailog.testing.Replies;
import ailog.testing.RunningBot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An owner ends an enrollment: nothing scheduled goes out for it any more; nobody else can. */
class UnenrollEndToEndTest {
    private static final String KIM = "U0KIM0001";

    private RunningBot bot;

    @BeforeEach
    void enrollKim() {
        bot = RunningBot.start();
        bot.addWorkflow("proposal", "Client proposal");
        bot.slack().setUserZone(KIM, "UTC");
        assertThat(bot.requests().slashCommand(RunningBot.OWNER, "enroll <@" + KIM + "|kim> workflows=proposal")
                .body()).contains("Enrolled");
        bot.slack().awaitCalls("chat.postMessage", 1, Duration.ofSeconds(10));
        bot.tick(Instant.parse("2026-12-05T10:00:00Z")); // week 1's check-in
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private List<FakeSlack.Call> dmsAbout(String user) {
        return bot.slack().delivered("chat.postMessage").stream()
                .filter(dm -> dm.get("channel").equals(user) || dm.get("text").contains("<@" + user + ">"))
                .toList();
    }

    @Test
    void afterAnOwnerUnenrollsSomeoneNoScheduledMessageGoesOutForThem() {
        int before = dmsAbout(KIM).size();
        assertThat(before).isEqualTo(2); // the welcome and week 1's check-in

        String reply = Replies.readable(bot.requests().slashCommand(RunningBot.OWNER, "unenroll <@" + KIM + "|kim>"));

        assertThat(reply).contains("Unenrolled <@" + KIM + "> (trained Fri 27 Nov): cancelled week 2's check-in"
                + " (Sat 12 Dec), week 3's check-in (Sat 19 Dec), week 4's check-in (Sat 26 Dec) and the six-week"
                + " review (Sat 9 Jan 2027). No further scheduled messages.");
        for (Instant day = Instant.parse("2026-12-06T10:00:00Z"); day.isBefore(Instant.parse("2027-01-14T00:00:00Z"));
                day = day.plus(Duration.ofDays(1))) {
            bot.tick(day);
        }
        assertThat(dmsAbout(KIM)).hasSize(before);
        assertThat(Replies.readable(bot.requests().slashCommand(RunningBot.OWNER, "enrollments"))).doesNotContain(KIM);
        assertThat(Replies.readable(bot.requests().slashCommand(RunningBot.OWNER, "unenroll <@" + KIM + "|kim>")))
                .contains("<@" + KIM + "> was not enrolled, so nothing changed for them.");
    }

    @Test
    void aMessageAlreadyQueuedWhenTheEnrollmentEndsIsSkippedWithTheReason() {
        bot.slack().failNext("chat.postMessage", 5, 500, null); // week 2's check-in waits for a retry
        bot.tick(Instant.parse("2026-12-12T10:00:00Z"));
        bot.requests().slashCommand(RunningBot.OWNER, "unenroll <@" + KIM + "|kim>");
        bot.tick(Instant.parse("2026-12-12T11:00:00Z"));

        assertThat(bot.slack().delivered("chat.postMessage")).hasSize(2);
        assertThat(OutboxRows.withKeyStarting(bot.bot().database(), "checkin:")).extracting(OutboxRows.Row::status)
                .containsExactly("sent", "skipped");
    }

    @Test
    void onlyAnOwnerCanUnenrollAndAMemberIsToldSoWithNothingChanged() {
        String reply = Replies.readable(bot.requests().slashCommand(KIM, "unenroll <@" + KIM + "|kim>"));

        assertThat(reply).contains("`/ailog unenroll` is for the AI system owners, so nothing changed.");
        assertThat(Replies.readable(bot.requests().slashCommand(RunningBot.OWNER, "enrollments"))).contains(KIM);
        bot.tick(Instant.parse("2026-12-12T10:00:00Z"));
        assertThat(bot.slack().delivered("chat.postMessage").stream()
                .filter(dm -> dm.get("text").startsWith("Week 2 check-in"))).hasSize(1);
    }

    @Test
    void unenrollWithoutAPersonSaysHowToNameThem() {
        assertThat(Replies.readable(bot.requests().slashCommand(RunningBot.OWNER, "unenroll kim")))
                .contains("Nobody was unenrolled").contains("`kim` is not a person: name them with @mentions")
                .contains("/ailog unenroll @dana @lee");
    }
}
