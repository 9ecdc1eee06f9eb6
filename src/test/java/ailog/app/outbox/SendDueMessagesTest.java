package ailog.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Obstacle;
import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.Slot;
import ailog.persistence.Database;
import ailog.domain.Owners;
import ailog.persistence.JooqEnrollments;
import ailog.persistence.JooqOutbox;
import ailog.testing.OutboxRows;
import ailog.testing.TestClock;
import ailog.testing.TestDatabase;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.Set;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox sender against a real outbox (SQLite, or PostgreSQL in that run of the suite) and a scripted messenger:
 * once, never twice, never lost.
 */
class SendDueMessagesTest {
    private static final Instant DUE = Instant.parse("2026-12-04T09:00:00Z");
    private static final Message MESSAGE = new Message.ObstacleForOwner("U0MEMBER1", 1, Obstacle.NO_TIME);

    @TempDir
    Path folder;

    private Database database;
    private JooqOutbox outbox;
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();
    /** What Slack does with each next send; empty: it posts the message and says so. */
    private final Deque<Delivery> script = new ArrayDeque<>();
    /** Each recipient's DM: the outbox keys of the messages Slack posted there. */
    private final Map<String, List<String>> dms = new HashMap<>();
    /** Slack posts the message, but its answer is lost on the way (a timeout, a proxy's error page). */
    private static final Delivery POSTED_ANSWER_LOST = new Delivery.Unknown("read timed out");
    private static final Delivery NEVER_REACHED_SLACK = new Delivery.Unknown("connection reset");
    /** What else happens while Slack takes a message (given its key): time passing, another instance ticking. */
    private Consumer<String> meanwhile = key -> { };

    @BeforeEach
    void openOutbox() {
        database = Database.open(TestDatabase.fresh(folder));
        outbox = new JooqOutbox(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private SendDueMessages sender() {
        return sender(waits::add);
    }

    private SendDueMessages sender(Sleeper sleeper) {
        Messenger messenger = new Messenger() {
            @Override
            public Delivery send(String recipient, Message message, String key) {
                meanwhile.accept(key);
                Delivery next = script.isEmpty() ? new Delivery.Sent("D" + recipient, "1.0") : script.poll();
                if (next instanceof Delivery.Sent || next == POSTED_ANSWER_LOST) {
                    delivered.add(recipient);
                    dms.computeIfAbsent(recipient, r -> new ArrayList<>()).add(key);
                }
                if (next instanceof Delivery.Unknown unknown && unknown.error().equals("throw")) {
                    throw new IllegalStateException("a 200 whose body is not JSON");
                }
                return next;
            }

            @Override
            public Search findSent(String recipient, String key, Instant since) {
                return dms.getOrDefault(recipient, List.of()).contains(key)
                        ? new Search.Found(new Delivery.Sent("D" + recipient, "1.0")) : new Search.Absent();
            }
        };
        return new SendDueMessages(outbox, (entry, now) -> new Composition.Send(MESSAGE), messenger, sleeper,
                Runnable::run);
    }

    private int sendDueBy(Instant now) {
        return sender().sendDueBy(now, Clock.fixed(now, ZoneOffset.UTC));
    }

    private void plan(String... recipients) {
        List<Slot> slots = new ArrayList<>();
        for (String recipient : recipients) {
            slots.add(new Slot("obstacle:" + recipient, MessageKind.OBSTACLE_FOR_OWNER, recipient, "s", DUE));
        }
        outbox.planAll(slots, DUE);
    }

    @Test
    void nothingIsSentBeforeItIsDue() {
        plan("U1");
        assertThat(sendDueBy(DUE.minusSeconds(1))).isZero();
        assertThat(delivered).isEmpty();
    }

    @Test
    void aRateLimitIsWaitedOutAsLongAsRetryAfterSaysThenSentOnce() {
        plan("U1");
        script.add(new Delivery.RateLimited(Duration.ofSeconds(7)));
        sendDueBy(DUE);
        assertThat(waits).contains(Duration.ofSeconds(7));
        assertThat(delivered).containsExactly("U1");
    }

    @Test
    void twoMessagesToOneMemberGoOutASecondApartAndAChannelLimitIsWaitedOut() {
        List<Slot> slots = List.of(
                new Slot("obstacle:a", MessageKind.OBSTACLE_FOR_OWNER, "U1", "s", DUE),
                new Slot("obstacle:b", MessageKind.OBSTACLE_FOR_OWNER, "U1", "s", DUE));
        outbox.planAll(slots, DUE);
        script.add(new Delivery.Sent("DU1", "1.0"));
        script.add(new Delivery.RateLimited(Duration.ofSeconds(3)));

        assertThat(sendDueBy(DUE)).isEqualTo(2);
        assertThat(waits).containsExactly(SendDueMessages.PER_CHANNEL, Duration.ofSeconds(3));
        assertThat(delivered).containsExactly("U1", "U1");
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoff() {
        plan("U1");
        script.add(new Delivery.Failed("HTTP 500"));
        script.add(new Delivery.Failed("HTTP 503"));
        sendDueBy(DUE);
        assertThat(waits).contains(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(delivered).containsExactly("U1");
    }

    @Test
    void aMessageSlackKeepsFailingStaysQueuedForALaterTick() {
        plan("U1");
        for (int i = 0; i < 5; i++) {
            script.add(new Delivery.Failed("HTTP 500"));
        }
        assertThat(sendDueBy(DUE)).isZero();
        assertThat(sendDueBy(DUE.plus(Duration.ofMinutes(6)))).isEqualTo(1);
        assertThat(delivered).containsExactly("U1");
    }

    @Test
    void aRefusedMessageIsRecordedAsMissedAndNotRetried() {
        plan("U1");
        script.add(new Delivery.Refused("user_not_found"));
        sendDueBy(DUE);
        assertThat(sendDueBy(DUE.plus(Duration.ofHours(1)))).isZero();
        assertThat(delivered).isEmpty();
    }

    @Test
    void aClaimCutOffByACrashIsSentAfterTheRestartExactlyOnce() {
        plan("U1", "U2");
        TestClock real = new TestClock(DUE);
        List<OutboxEntry> claimed = outbox.claimDue(DUE, real.instant(), 1); // the process dies after claiming U1
        assertThat(claimed).hasSize(1);

        Tick tick = new Tick(nothingNewToPlan(), sender(), outbox, real);
        real.advance(Duration.ofMinutes(1));
        tick.run(real.instant());
        assertThat(delivered).containsExactly("U2"); // U1's claim is fresh: maybe still in flight elsewhere
        real.advance(Duration.ofMinutes(10));
        tick.run(real.instant());
        real.advance(Duration.ofMinutes(1));
        tick.run(real.instant());
        assertThat(delivered).containsExactlyInAnyOrder("U1", "U2");
    }

    @Test
    void aClaimCutOffByACrashAfterSlackPostedItIsFoundInTheDmAndNotSentAgain() {
        plan("U1");
        TestClock real = new TestClock(DUE);
        OutboxEntry claimed = outbox.claimDue(DUE, real.instant(), 1).get(0);
        sender(); // the crashed process had posted it; only its record of the send is missing
        dms.computeIfAbsent("U1", r -> new ArrayList<>()).add(claimed.key());
        delivered.add("U1");

        Tick tick = new Tick(nothingNewToPlan(), sender(), outbox, real);
        real.advance(Duration.ofMinutes(11));
        tick.run(real.instant());
        tick.run(real.instant().plusSeconds(60));

        assertThat(delivered).containsExactly("U1");
        assertThat(sendDueBy(DUE.plus(Duration.ofHours(1)))).isZero();
    }

    @Test
    void aCatchUpTickPlayingAnEarlierInstantDoesNotLookLikeACrashToARunningTicker() {
        plan("U1");
        TestClock real = new TestClock(DUE.plus(Duration.ofMinutes(15)));
        // a catch-up tick of a quarter of an hour ago claims U1; its Slack call is still in flight
        outbox.claimDue(DUE, real.instant(), 1);

        new Tick(nothingNewToPlan(), sender(), outbox, real).run(real.instant());

        assertThat(delivered).isEmpty();
    }

    @Test
    void anAnswerLostAfterSlackPostedTheMessageIsFoundInTheDmAtTheNextTickAndNotSentAgain() {
        plan("U1");
        script.add(POSTED_ANSWER_LOST);

        assertThat(sendDueBy(DUE)).isZero();
        assertThat(sendDueBy(DUE.plus(Duration.ofMinutes(1)))).isEqualTo(1);
        assertThat(sendDueBy(DUE.plus(Duration.ofMinutes(10)))).isZero();

        assertThat(delivered).containsExactly("U1");
    }

    @Test
    void aSendThatNeverReachedSlackIsSentOnceAtTheNextTick() {
        plan("U1");
        script.add(NEVER_REACHED_SLACK);

        assertThat(sendDueBy(DUE)).isZero();
        assertThat(sendDueBy(DUE.plus(Duration.ofMinutes(1)))).isEqualTo(1);

        assertThat(delivered).containsExactly("U1");
    }

    @Test
    void oneAnswerThatBreaksTheClientFailsThatMessageAloneNotTheTick() {
        plan("U1", "U2", "U3");
        script.add(new Delivery.Unknown("throw"));

        assertThat(sendDueBy(DUE)).isEqualTo(2);
        assertThat(sendDueBy(DUE.plus(Duration.ofMinutes(1)))).isEqualTo(1);

        assertThat(delivered).containsExactlyInAnyOrder("U1", "U2", "U3");
    }

    @Test
    void aTokenSlackRefusesPausesSendingAndEveryMessageWaitsUntilItIsFixed() {
        plan("U1", "U2", "U3");
        script.add(new Delivery.TokenRefused("invalid_auth"));

        assertThat(sendDueBy(DUE)).isZero();
        script.add(new Delivery.TokenRefused("account_inactive"));
        assertThat(sendDueBy(DUE.plus(Duration.ofMinutes(6)))).isZero();
        assertThat(sendDueBy(DUE.plus(Duration.ofHours(2)))).isEqualTo(3);

        assertThat(delivered).containsExactlyInAnyOrder("U1", "U2", "U3");
    }

    @Test
    void aMessageSlackKeepsLimitingIsPutBackWhenItsClaimIsFiveMinutesOldInsteadOfSentOnAClaimOthersCouldTakeOver() {
        plan("U1");
        TestClock real = new TestClock(DUE);
        for (int i = 0; i < 10; i++) {
            script.add(new Delivery.RateLimited(Duration.ofSeconds(30))); // then Slack would take it
        }
        SendDueMessages waitingInRealTime = sender(real::advance);

        assertThat(waitingInRealTime.sendDueBy(DUE, real)).isZero();
        assertThat(delivered).isEmpty();
        assertThat(statusOf("obstacle:U1")).isEqualTo("pending");

        real.advance(Duration.ofMinutes(1));
        assertThat(waitingInRealTime.sendDueBy(DUE.plus(Duration.ofMinutes(1)), real)).isEqualTo(1);
        assertThat(delivered).containsExactly("U1");
    }

    @Test
    void aLongTickClaimsEachBatchWhenItsTurnComesSoAnotherInstanceTickingMeanwhileTakesNothingInFlight() {
        List<String> recipients = new ArrayList<>();
        for (int i = 1; i <= 60; i++) { // two batches
            recipients.add(String.format("U%02d", i));
        }
        plan(recipients.toArray(String[]::new));
        TestClock real = new TestClock(DUE);
        Tick otherInstance = new Tick(nothingNewToPlan(), sender(), outbox, real);
        AtomicBoolean otherTicked = new AtomicBoolean();
        meanwhile = key -> {
            real.advance(Duration.ofSeconds(5)); // Slack answers slowly …
            if (key.equals("obstacle:U50")) {
                real.advance(Duration.ofMinutes(6)); // … the first batch's last answer very slowly
            }
            if (key.equals("obstacle:U55") && otherTicked.compareAndSet(false, true)) {
                otherInstance.run(real.instant()); // eleven minutes after this tick began
            }
        };

        sender().sendDueBy(DUE, real);

        assertThat(otherTicked).isTrue();
        assertThat(delivered).hasSize(60).doesNotHaveDuplicates();
    }

    private String statusOf(String key) {
        return OutboxRows.of(database).stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow()
                .status();
    }

    private PlanDueMessages nothingNewToPlan() {
        return new PlanDueMessages(new JooqEnrollments(database), outbox, new Owners(Set.of()),
                user -> ZoneOffset.UTC, 10, new PlanDueMessages.ReportTime(DayOfWeek.MONDAY, 9));
    }

    @Test
    void aMessageMoreThanThreeDaysLateIsMissedNotSent() {
        plan("U1");
        assertThat(sendDueBy(DUE.plus(Duration.ofDays(3)).plusSeconds(1))).isZero();
        assertThat(delivered).isEmpty();
    }
}
