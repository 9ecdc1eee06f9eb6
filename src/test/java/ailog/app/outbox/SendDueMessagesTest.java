package ailog.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Obstacle;
import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.Slot;
import ailog.persistence.Database;
import ailog.domain.Owners;
import ailog.persistence.JooqEnrollments;
import ailog.persistence.JooqOutbox;
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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox sender against a real SQLite outbox and a scripted messenger: once, never twice, never lost. */
class SendDueMessagesTest {
    private static final Instant DUE = Instant.parse("2026-12-04T09:00:00Z");
    private static final Message MESSAGE = new Message.ObstacleForOwner("U0MEMBER1", 1, Obstacle.NO_TIME);

    @TempDir
    Path folder;

    private Database database;
    private JooqOutbox outbox;
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();
    private final Deque<Delivery> script = new ArrayDeque<>();

    @BeforeEach
    void openOutbox() {
        database = Database.open(folder.resolve("outbox.db").toString());
        outbox = new JooqOutbox(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private SendDueMessages sender() {
        Messenger messenger = (recipient, message) -> {
            Delivery next = script.isEmpty() ? new Delivery.Sent("D" + recipient, "1.0") : script.poll();
            if (next instanceof Delivery.Sent) {
                delivered.add(recipient);
            }
            return next;
        };
        return new SendDueMessages(outbox, (entry, now) -> new Composition.Send(MESSAGE), messenger, waits::add,
                Duration.ZERO);
    }

    private void plan(String... recipients) {
        List<Slot> slots = new ArrayList<>();
        for (String recipient : recipients) {
            slots.add(new Slot("obstacle:" + recipient, MessageKind.OBSTACLE_FOR_OWNER, recipient, "s", DUE));
        }
        outbox.planAll(slots, DUE);
    }

    @Test
    void planningTheSameSlotTwiceQueuesOneMessage() {
        plan("U1");
        plan("U1");
        assertThat(sender().sendDueBy(DUE)).isEqualTo(1);
        assertThat(sender().sendDueBy(DUE.plusSeconds(60))).isZero();
        assertThat(delivered).containsExactly("U1");
    }

    @Test
    void nothingIsSentBeforeItIsDue() {
        plan("U1");
        assertThat(sender().sendDueBy(DUE.minusSeconds(1))).isZero();
        assertThat(delivered).isEmpty();
    }

    @Test
    void aRateLimitIsWaitedOutAsLongAsRetryAfterSaysThenSentOnce() {
        plan("U1");
        script.add(new Delivery.RateLimited(Duration.ofSeconds(7)));
        sender().sendDueBy(DUE);
        assertThat(waits).contains(Duration.ofSeconds(7));
        assertThat(delivered).containsExactly("U1");
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoff() {
        plan("U1");
        script.add(new Delivery.Failed("HTTP 500"));
        script.add(new Delivery.Failed("HTTP 503"));
        sender().sendDueBy(DUE);
        assertThat(waits).contains(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(delivered).containsExactly("U1");
    }

    @Test
    void aMessageSlackKeepsFailingStaysQueuedForALaterTick() {
        plan("U1");
        for (int i = 0; i < 5; i++) {
            script.add(new Delivery.Failed("HTTP 500"));
        }
        assertThat(sender().sendDueBy(DUE)).isZero();
        assertThat(sender().sendDueBy(DUE.plus(Duration.ofMinutes(6)))).isEqualTo(1);
        assertThat(delivered).containsExactly("U1");
    }

    @Test
    void aRefusedMessageIsRecordedAsMissedAndNotRetried() {
        plan("U1");
        script.add(new Delivery.Refused("user_not_found"));
        sender().sendDueBy(DUE);
        assertThat(sender().sendDueBy(DUE.plus(Duration.ofHours(1)))).isZero();
        assertThat(delivered).isEmpty();
    }

    @Test
    void aClaimCutOffByACrashIsSentAfterTheRestartExactlyOnce() {
        plan("U1", "U2");
        List<OutboxEntry> claimed = outbox.claimDue(DUE, 1); // the process dies right after claiming U1
        assertThat(claimed).hasSize(1);

        PlanDueMessages nothingNewToPlan = new PlanDueMessages(new JooqEnrollments(database),
                outbox, new Owners(Set.of()), user -> ZoneOffset.UTC, 10,
                new PlanDueMessages.ReportTime(DayOfWeek.MONDAY, 9));
        Tick tick = new Tick(nothingNewToPlan, sender(), outbox);
        tick.run(DUE.plus(Duration.ofMinutes(1)));
        assertThat(delivered).containsExactly("U2"); // U1's claim is fresh: maybe still in flight elsewhere
        tick.run(DUE.plus(Duration.ofMinutes(11)));
        tick.run(DUE.plus(Duration.ofMinutes(12)));
        assertThat(delivered).containsExactlyInAnyOrder("U1", "U2");
    }

    @Test
    void aMessageMoreThanThreeDaysLateIsMissedNotSent() {
        plan("U1");
        assertThat(sender().sendDueBy(DUE.plus(Duration.ofDays(3)).plusSeconds(1))).isZero();
        assertThat(delivered).isEmpty();
    }
}
