package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Enrollment;
import ailog.domain.WorkflowKey;
import ailog.testing.BotProcess;
import ailog.testing.FakeSlack;
import ailog.testing.OutboxRows;
import ailog.testing.RunningBot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every scheduled message arrives exactly once through a Slack that answers late, answers garbage, refuses the
 * token for a while, and beside a catch-up {@code tick --at} run while the bot is serving. DMs are counted as the
 * fake Slack holds them.
 */
class ExactlyOnceUnderFaultsEndToEndTest {
    private static final LocalDate TRAINED = LocalDate.parse("2026-11-20");
    /** Week 1's check-in: 10:00 UTC on day 8. */
    private static final Instant CHECK_IN = Instant.parse("2026-11-28T10:00:00Z");

    private RunningBot bot;

    @BeforeEach
    void start() {
        bot = RunningBot.start(Map.of("AILOG_TIMEZONE", "UTC"));
        bot.addWorkflow("proposal", "Client proposal");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private List<String> enroll(int people) {
        List<String> members = IntStream.rangeClosed(1, people).mapToObj(i -> String.format("U0MEMB%03d", i))
                .toList();
        for (String member : members) {
            bot.bot().services().enrollments().enroll(new Enrollment(0, member, TRAINED,
                    List.of(new WorkflowKey("proposal")), 70, ZoneOffset.UTC, RunningBot.OWNER,
                    TRAINED.atStartOfDay(ZoneOffset.UTC).toInstant(), Optional.empty()));
        }
        return members;
    }

    /** How many week-1 check-ins each member has in their DM. */
    private Map<String, Long> checkInsPerMember() {
        return bot.slack().delivered("chat.postMessage").stream()
                .filter(dm -> dm.get("text").startsWith("Week 1 check-in"))
                .collect(Collectors.groupingBy(dm -> dm.get("channel"), Collectors.counting()));
    }

    private static Map<String, Long> once(List<String> members) {
        return members.stream().collect(Collectors.toMap(Function.identity(), m -> 1L));
    }

    @Test
    void slackThatPostsButAnswersAfterTheClientGaveUpSendsEachCheckInOnce() {
        List<String> members = enroll(2);
        bot.slack().delay("chat.postMessage", Duration.ofMillis(6_000)); // past the client's 5 s read timeout

        bot.tick(CHECK_IN);
        bot.slack().delay("chat.postMessage", Duration.ZERO);
        bot.tick(CHECK_IN.plus(Duration.ofMinutes(1)));
        bot.tick(CHECK_IN.plus(Duration.ofMinutes(5)));

        assertThat(checkInsPerMember()).isEqualTo(once(members));
        assertThat(bot.slack().calls("conversations.history")).isNotEmpty();
    }

    @Test
    void anHtmlPageInsteadOfSlacksAnswerFailsOneMessageNotTheTickAndNothingIsSentTwice() {
        List<String> members = enroll(5);
        bot.slack().garbleNext("chat.postMessage", 1);

        bot.tick(CHECK_IN);
        assertThat(checkInsPerMember()).hasSize(5); // the garbled one was posted; the rest went on
        bot.tick(CHECK_IN.plus(Duration.ofMinutes(1)));
        bot.tick(CHECK_IN.plus(Duration.ofMinutes(2)));

        assertThat(checkInsPerMember()).isEqualTo(once(members));
    }

    @Test
    void aRevokedTokenLeavesEveryCheckInDueAndTheyAllGoOutOnceItIsFixed() {
        List<String> members = enroll(5);
        bot.slack().failNextWithError("chat.postMessage", 3, "invalid_auth");

        bot.tick(CHECK_IN);
        bot.tick(CHECK_IN.plus(Duration.ofMinutes(6)));
        bot.tick(CHECK_IN.plus(Duration.ofMinutes(12)));
        assertThat(checkInsPerMember()).isEmpty();
        assertThat(OutboxRows.withKeyStarting(bot.bot().database(), "checkin:"))
                .noneMatch(row -> row.status().equals("missed"));

        bot.tick(CHECK_IN.plus(Duration.ofHours(2))); // the token was fixed meanwhile

        assertThat(checkInsPerMember()).isEqualTo(once(members));
    }

    @Test
    void aCatchUpTickAQuarterOfAnHourBackWhileTheBotTicksSendsNobodyTwice() {
        List<String> members = enroll(20);
        bot.slack().delay("chat.postMessage", Duration.ofMillis(150)); // the catch-up takes a few seconds

        BotProcess catchUp = BotProcess.start(Map.of("AILOG_DB", bot.databaseLocation(),
                "SLACK_BOT_TOKEN", RunningBot.BOT_TOKEN, "SLACK_API_URL", bot.slack().apiUrl()),
                "tick", "--at", CHECK_IN.plus(Duration.ofMinutes(5)).toString());
        Instant botNow = CHECK_IN.plus(Duration.ofMinutes(20));
        while (catchUp.isAlive()) {
            bot.tick(botNow);
            botNow = botNow.plusSeconds(60);
        }
        assertThat(catchUp.awaitExit()).as(catchUp.output().toString()).isZero();
        bot.tick(botNow);

        assertThat(checkInsPerMember()).isEqualTo(once(members));
    }
}
