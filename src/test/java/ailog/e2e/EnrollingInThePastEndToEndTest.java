package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.FakeSlack;
import ailog.testing.OutboxRows;
import ailog.testing.Replies;
import ailog.testing.RunningBot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lee, in Berlin, is enrolled on Friday 27 November afternoon with a training 15 days back: what was due before is
 * skipped and said so, never sent late; the rest comes at 10:00 Berlin time on its day.
 */
class EnrollingInThePastEndToEndTest {
    private static final String LEE = "U0LEE0001";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant LAST = Instant.parse("2026-12-28T00:00:00Z");

    private static RunningBot bot;
    private static String reply;
    private static final List<Received> received = new ArrayList<>();

    /** A DM to Lee and the instant it was sent at. */
    record Received(Instant at, FakeSlack.Call dm) {}

    @BeforeAll
    static void enrollLeeFifteenDaysLate() {
        bot = RunningBot.start();
        bot.addWorkflow("proposal", "Client proposal");
        bot.slack().setUserZone(LEE, BERLIN.getId());
        reply = Replies.readable(bot.requests().slashCommand(RunningBot.OWNER,
                "enroll <@" + LEE + "|lee> workflows=proposal trained=2026-11-12"));
        bot.slack().awaitCalls("chat.postMessage", 1, Duration.ofSeconds(10));
        int seen = 0;
        for (Instant hour = RunningBot.START.plus(Duration.ofMinutes(1)); !hour.isAfter(LAST);
                hour = hour.plus(Duration.ofHours(1))) {
            bot.tick(hour);
            List<FakeSlack.Call> dms = bot.slack().delivered("chat.postMessage");
            for (FakeSlack.Call dm : dms.subList(seen, dms.size())) {
                if (dm.get("channel").equals(LEE)) {
                    received.add(new Received(hour, dm));
                }
            }
            seen = dms.size();
        }
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void theReplyNamesEveryMessageWhoseTimeHadPassed() {
        assertThat(reply)
                .contains("week 1's nudge was due on Mon 16 Nov: skipped")
                .contains("week 1's check-in was due on Fri 20 Nov: skipped")
                .contains("week 2's nudge was due on Mon 23 Nov: skipped")
                .contains("week 2's check-in was due on Fri 27 Nov: skipped")
                .contains("check-ins Fri 4 Dec (week 3 check-in), Fri 11 Dec (week 4 check-in) and Fri 25 Dec"
                        + " (six-week review), at 10:00");
    }

    @Test
    void nothingPastIsSentAndTheSkippedAreRecordedWithTheirReason() {
        assertThat(received).extracting(r -> r.dm().get("text")).noneMatch(t -> t.startsWith("Week 1 ")
                || t.startsWith("Week 2 ") || t.contains("nudge"));
        assertThat(received).filteredOn(r -> r.at().isBefore(Instant.parse("2026-12-04T09:00:00Z")))
                .extracting(r -> r.dm().get("text")).allMatch(t -> t.startsWith("Welcome to ailog"));
        assertThat(OutboxRows.of(bot.bot().database()))
                .filteredOn(row -> row.key().matches("(checkin|nudge):\\d+:[12]"))
                .hasSize(4)
                .allSatisfy(row -> assertThat(row.status()).isEqualTo("skipped"));
    }

    @Test
    void theRemainingMessagesComeAtTenInTheMorningOnTheirDays() {
        List<Received> scheduled = received.stream()
                .filter(r -> !r.dm().get("text").startsWith("Welcome to ailog"))
                .toList();
        assertThat(scheduled).extracting(r -> LocalDateTime.ofInstant(r.at(), BERLIN).toLocalDate())
                .containsExactly(LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-11"),
                        LocalDate.parse("2026-12-25"));
        assertThat(scheduled).allSatisfy(r -> assertThat(LocalDateTime.ofInstant(r.at(), BERLIN).getHour())
                .isEqualTo(10));
        assertThat(scheduled.get(0).dm().get("text")).startsWith("Week 3 check-in");
    }
}
