package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.FakeSlack;
import ailog.testing.Replies;
import ailog.testing.RunningBot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sam is enrolled, gets six weeks of messages, and the day before the six-week assessment is enrolled again with a
 * new target: the clock then ticks hourly to the end of the new six weeks. The new schedule is sent in full, the old
 * one stops at the replacement, and nothing is sent twice.
 */
class ReEnrollmentEndToEndTest {
    private static final String SAM = "U0SAM0001";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant FIRST_ENROLLED = Instant.parse("2026-10-16T16:00:00Z");
    private static final Instant ENROLLED_AGAIN = Instant.parse("2026-11-27T17:00:00Z");
    private static final Instant LAST = Instant.parse("2027-01-12T00:00:00Z");

    private static RunningBot bot;
    private static String reply;
    private static final List<Received> received = new ArrayList<>();

    /** A DM and the instant it was sent at. */
    record Received(Instant at, FakeSlack.Call dm) {
        String text() {
            return dm.get("text");
        }
    }

    @BeforeAll
    static void enrollSamTwice() {
        bot = RunningBot.start();
        bot.addWorkflow("proposal", "Client proposal");
        bot.slack().setUserZone(SAM, NEW_YORK.getId());
        bot.clock().set(FIRST_ENROLLED);
        assertThat(bot.requests().slashCommand(RunningBot.OWNER, "enroll <@" + SAM
                + "|sam> workflows=proposal target=70 trained=2026-10-16").body()).contains("Enrolled");
        bot.slack().awaitCalls("chat.postMessage", 1, Duration.ofSeconds(10));
        tickHourly(FIRST_ENROLLED.plus(Duration.ofHours(1)), ENROLLED_AGAIN.minus(Duration.ofHours(1)));

        bot.clock().set(ENROLLED_AGAIN);
        reply = Replies.readable(bot.requests().slashCommand(RunningBot.OWNER,
                "enroll <@" + SAM + "|sam> workflows=proposal target=60"));
        bot.slack().awaitCalls("chat.postMessage", received.size() + 1, Duration.ofSeconds(10));
        tickHourly(ENROLLED_AGAIN, LAST);
    }

    private static void tickHourly(Instant from, Instant to) {
        for (Instant hour = from; !hour.isAfter(to); hour = hour.plus(Duration.ofHours(1))) {
            bot.tick(hour);
            List<FakeSlack.Call> dms = bot.slack().delivered("chat.postMessage");
            for (FakeSlack.Call dm : dms.subList(received.size(), dms.size())) {
                received.add(new Received(hour, dm));
            }
        }
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static List<Received> toSam() {
        return received.stream().filter(r -> r.dm().get("channel").equals(SAM)).toList();
    }

    private static List<Received> checkInsAfterReplacement() {
        return toSam().stream().filter(r -> r.at().isAfter(ENROLLED_AGAIN) && r.text().startsWith("Week ")).toList();
    }

    @Test
    void theReplyListsTheNewDatesAndTheAssessmentOfTheReplacedEnrollmentAsCancelled() {
        assertThat(reply).contains("target 60%")
                .contains("Sat 5 Dec (week 1 check-in), Sat 12 Dec (week 2 check-in), Sat 19 Dec (week 3 check-in),"
                        + " Sat 26 Dec (week 4 check-in) and Sat 9 Jan 2027 (six-week review), at 10:00")
                .contains("Replaced <@" + SAM + ">'s enrollment trained Fri 16 Oct: cancelled the six-week review"
                        + " (Sat 28 Nov)")
                .doesNotContain("days 7, 14, 21 and 28");
    }

    @Test
    void everyCheckInOfTheNewScheduleIsSentAtTenOnItsMorning() {
        List<Received> checkIns = checkInsAfterReplacement();
        assertThat(checkIns).extracting(Received::text).containsExactly(
                "Week 1 check-in (Sat 28 Nov – Fri 4 Dec): what is in the way?",
                "Week 2 check-in (Sat 5 Dec – Fri 11 Dec): what is in the way?",
                "Week 3 check-in (Sat 12 Dec – Fri 18 Dec): what is in the way?",
                "Week 4 check-in (Sat 19 Dec – Fri 25 Dec): what is in the way?");
        assertThat(checkIns).allSatisfy(r -> assertThat(LocalDateTime.ofInstant(r.at(), NEW_YORK).getHour())
                .isEqualTo(10));
        assertThat(toSam()).filteredOn(r -> r.text().contains("nudge") && r.at().isAfter(ENROLLED_AGAIN))
                .hasSize(2);
    }

    @Test
    void theOldScheduleSendsNothingAfterTheReplacementAndItsAssessmentNeverGoesOut() {
        List<Received> assessments = received.stream()
                .filter(r -> r.text().contains("Six-week assessment for")
                        || r.text().contains("Six weeks since your AI training"))
                .toList();
        assertThat(assessments).hasSize(2); // Sam's own summary and the owner's verdict, of the new enrollment
        assertThat(assessments).allSatisfy(r -> assertThat(r.at()).isAfter(Instant.parse("2027-01-09T14:00:00Z")));
        assertThat(toSam().stream().filter(r -> r.at().isAfter(ENROLLED_AGAIN)))
                .noneMatch(r -> r.text().contains("Oct"));
        assertThat(toSam()).filteredOn(r -> r.text().startsWith("Week ")).hasSize(8);
    }

    @Test
    void noMessageIsSentTwiceAndSamIsWelcomedOnceThenToldTheScheduleChanged() {
        assertThat(toSam()).extracting(r -> r.dm().get("blocks")).doesNotHaveDuplicates();
        assertThat(toSam()).filteredOn(r -> r.text().startsWith("Welcome to ailog")).hasSize(1);
        assertThat(toSam()).filteredOn(r -> r.text().startsWith("Your ailog schedule changed")).hasSize(1);
        assertThat(bot.slack().violations()).isEmpty();
    }
}
