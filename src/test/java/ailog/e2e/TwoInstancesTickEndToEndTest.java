package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.AlwaysOnPostgres;
import ailog.testing.BotProcess;
import ailog.testing.FakeSlack;
import ailog.testing.OutboxRows;
import ailog.testing.RunningBot;
import ailog.testing.SignedRequests;
import ailog.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cohort of 200 on one PostgreSQL database, served by one bot, while two more instances tick through its first four
 * weeks side by side with {@code tick --at}. At the week-2 check-in one of them is killed with kill -9 in the middle
 * of its tick, while Slack is slow, and started again once its claims have gone stale. Every message that came due
 * reaches its member's DM exactly once, counted by the outbox key each post carries.
 */
@AlwaysOnPostgres
class TwoInstancesTickEndToEndTest {
    /** A Friday: week 1 is Saturday to Friday, and each check-in goes out the Saturday after its week. */
    private static final LocalDate TRAINED = LocalDate.parse("2026-11-27");
    private static final int MEMBERS = 200;
    /**
     * Days after training with something due that morning in New York (the fake Slack's zone for all): nudges on
     * days 4 and 11, check-ins and the owner's report (moved to Saturdays) on days 8, 15, 22 and 29. Each is ticked
     * an hour later: never the three days late that would count as missed. The serving bot, whose clock reads day 1,
     * sends the welcomes and day 1's report.
     */
    private static final List<Integer> TICK_DAYS = List.of(4, 8, 11, 15, 22, 29);
    private static final int KILL_DAY = 15;
    private static final Duration SLOW_SLACK = Duration.ofMillis(250);
    /** Past the ten minutes after which a claim counts as cut off by a crash. */
    private static final Duration STALE = Duration.ofMinutes(11);
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A tick process starts a JVM: generous, for a machine busy with other builds. */
    private static final Duration TICK_WAIT = Duration.ofSeconds(120);

    private RunningBot bot;

    @BeforeEach
    void start() {
        bot = RunningBot.startAt(afterTraining(1),
                Map.of("AILOG_DB", TestDatabase.freshPostgres(), "AILOG_REPORT_DAY", "SAT"));
        bot.addWorkflow("proposal", "Client proposal");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void everyDueMessageReachesItsMemberOnceThoughOneInstanceIsKilledInTheMiddleOfATick() {
        enrollTheCohort();
        bot.slack().awaitCalls("chat.postMessage", MEMBERS + 1, WAIT); // the welcomes and a report, from the bot

        for (int day : TICK_DAYS) {
            Instant at = afterTraining(day);
            if (day == KILL_DAY) {
                killOneInTheMiddleOfItsTickAndRestartIt(at);
            } else {
                tickSideBySide(at);
            }
        }

        List<OutboxRows.Row> rows = OutboxRows.of(bot.bot().database());
        assertThat(rows).filteredOn(row -> !row.status().equals("sent"))
                .extracting(OutboxRows.Row::key, OutboxRows.Row::status).isEmpty();
        Map<String, Long> once = rows.stream().filter(row -> row.status().equals("sent"))
                .collect(Collectors.toMap(OutboxRows.Row::key, row -> 1L));
        assertThat(bot.slack().postsByOutboxKey()).isEqualTo(once);
        assertThat(rows).filteredOn(row -> row.kind().equals("checkin") && row.status().equals("sent"))
                .hasSize(4 * MEMBERS);
    }

    private static Instant afterTraining(int days) {
        return TRAINED.atStartOfDay().plusDays(days).plusHours(16).toInstant(ZoneOffset.UTC);
    }

    private void tickSideBySide(Instant at) {
        BotProcess a = tick("a", at);
        BotProcess b = tick("b", at);
        assertThat(a.awaitExit(TICK_WAIT)).as(a.output().toString()).isZero();
        assertThat(b.awaitExit(TICK_WAIT)).as(b.output().toString()).isZero();
    }

    private void killOneInTheMiddleOfItsTickAndRestartIt(Instant at) {
        FakeSlack slack = bot.slack();
        slack.delay("chat.postMessage", SLOW_SLACK);
        int before = slack.calls("chat.postMessage").size();
        BotProcess a = tick("a", at);
        awaitPostsBy(a, "a", before, 20);
        BotProcess b = tick("b", at);
        a.kill(); // with its first batch claimed and partly sent, some of it posted with no answer back yet
        a.awaitExit();
        slack.delay("chat.postMessage", Duration.ZERO);
        assertThat(b.awaitExit(TICK_WAIT)).as(b.output().toString()).isZero();
        assertThat(postsBy("b", before)).as("the live instance sent what the dead one had not claimed").isPositive();

        Set<String> cutOff = keysWithStatus("sending");
        assertThat(cutOff).as("claims the killed instance held, which the live one left alone").isNotEmpty();
        assertEachPostedOnce();
        OutboxRows.ageClaims(bot.bot().database(), STALE);
        int historyLookups = slack.calls("conversations.history").size();

        BotProcess restarted = tick("a", at);
        assertThat(restarted.awaitExit(TICK_WAIT)).as(restarted.output().toString()).isZero();
        assertThat(keysWithStatus("sending")).isEmpty();
        assertEachPostedOnce();
        assertThat(slack.calls("conversations.history").size() - historyLookups)
                .as("each message it had claimed is looked for in its DM first").isGreaterThanOrEqualTo(cutOff.size());
    }

    /**
     * One instance's {@code tick --at}. Each instance has a token of its own only so that the fake Slack can tell whose
     * post it is; in production they share the app's one bot token.
     */
    private BotProcess tick(String instance, Instant at) {
        return BotProcess.startShortCommand(Map.of(
                "AILOG_DB", bot.databaseLocation(),
                "SLACK_BOT_TOKEN", "xoxb-instance-" + instance,
                "SLACK_API_URL", bot.slack().apiUrl(),
                "AILOG_OWNERS", RunningBot.OWNER,
                "AILOG_TIMEZONE", "UTC",
                "AILOG_REPORT_DAY", "SAT"), "tick", "--at", at.toString());
    }

    private void awaitPostsBy(BotProcess process, String instance, int after, int count) {
        try {
            bot.slack().awaitCalls(postBy(instance, after), count, WAIT, "posts by instance " + instance);
        } catch (AssertionError e) {
            throw new AssertionError("instance " + instance + " did not post " + count + " messages within " + WAIT
                    + "; it printed " + process.output());
        }
    }

    private int postsBy(String instance, int after) {
        return (int) bot.slack().calls().stream().filter(postBy(instance, after)).count();
    }

    /** A post by the instance, among the posts after the first {@code after}. */
    private Predicate<FakeSlack.Call> postBy(String instance, int after) {
        Set<FakeSlack.Call> earlier = Collections.newSetFromMap(new IdentityHashMap<>());
        earlier.addAll(bot.slack().calls("chat.postMessage").subList(0, after));
        return call -> call.method().equals("chat.postMessage") && call.token().equals("xoxb-instance-" + instance)
                && !earlier.contains(call);
    }

    private void assertEachPostedOnce() {
        assertThat(bot.slack().postsByOutboxKey()).as("posts per message")
                .allSatisfy((key, posts) -> assertThat(posts).as(key).isEqualTo(1L));
    }

    private Set<String> keysWithStatus(String status) {
        return OutboxRows.of(bot.bot().database()).stream().filter(row -> row.status().equals(status))
                .map(OutboxRows.Row::key).collect(Collectors.toSet());
    }

    private void enrollTheCohort() {
        List<String> members = IntStream.rangeClosed(1, MEMBERS).mapToObj(i -> String.format("U0M%05d", i)).toList();
        SignedRequests.SlackResponse ack = bot.requests().slashCommand(RunningBot.OWNER, "enroll "
                + members.stream().map(u -> "<@" + u + "|" + u.toLowerCase() + ">").collect(Collectors.joining(" "))
                + " workflows=proposal trained=" + TRAINED);
        String answer = ack.body().contains("Checking") ? bot.slack().awaitResponses(1, WAIT).get(0).json()
                : ack.body();
        assertThat(answer).contains("Enrolled");
        assertThat(bot.bot().services().enrollments().all()).hasSize(MEMBERS);
    }
}
