package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ailog.app.outbox.Outbox;
import ailog.app.outbox.OutboxEntry;
import ailog.app.outbox.SentMessage;
import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.Slot;
import ailog.testing.OutboxRows;
import ailog.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every outbox must do ({@link Outbox}), run against the jOOQ adapter on SQLite and PostgreSQL: a slot planned
 * any number of times is one message, each due message goes to exactly one claimer however many instances claim at
 * once, attempts are counted, and only claims cut off by a crash are released.
 */
class OutboxContractTest {
    private static final Instant DUE = Instant.parse("2026-12-04T09:00:00Z");
    private static final Instant FAR = DUE.plus(Duration.ofDays(365));

    @TempDir
    Path folder;

    private String location;
    private Database database;
    private JooqOutbox outbox;

    @BeforeEach
    void open() {
        location = TestDatabase.fresh(folder);
        database = Database.open(location);
        outbox = new JooqOutbox(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Slot slot(String key, String recipient, Instant dueAt) {
        return new Slot(key, MessageKind.CHECKIN, recipient, "enrollment 12", dueAt);
    }

    private static Slot slot(String key) {
        return slot(key, "U0MEMBER1", DUE);
    }

    private List<String> keysClaimed(Instant dueBy, int limit) {
        return outbox.claimDue(dueBy, dueBy, limit).stream().map(OutboxEntry::key).toList();
    }

    private List<String> statuses() {
        return OutboxRows.of(database).stream().map(row -> row.key() + " " + row.status()).toList();
    }

    @Test
    void aSlotPlannedAgainIsStillOneMessage() {
        assertThat(outbox.planAll(List.of(slot("checkin:12:1")), DUE)).isOne();
        assertThat(outbox.planAll(List.of(slot("checkin:12:1"), slot("checkin:12:2")), DUE)).isOne();
        assertThat(outbox.planAll(List.of(slot("checkin:12:2"), slot("checkin:12:1")), DUE)).isZero();

        assertThat(statuses()).containsExactly("checkin:12:1 pending", "checkin:12:2 pending");
        assertThat(keysClaimed(DUE, 10)).containsExactly("checkin:12:1", "checkin:12:2");
    }

    @Test
    void aClaimedMessageCarriesItsSlotAndNoEarlierAttempts() {
        outbox.planAll(List.of(new Slot("report:U0OWNER:2026-49", MessageKind.WEEKLY_REPORT, "U0OWNER", "2026-49",
                DUE)), DUE);

        List<OutboxEntry> claimed = outbox.claimDue(DUE, DUE.plusSeconds(5), 10);

        assertThat(claimed).containsExactly(new OutboxEntry(claimed.get(0).id(), "report:U0OWNER:2026-49",
                MessageKind.WEEKLY_REPORT, "U0OWNER", "2026-49", DUE, 0));
    }

    @Test
    void onlyMessagesDueByTheInstantAreClaimedEarliestFirstUpToTheLimitAndEachOnce() {
        outbox.planAll(List.of(slot("c", "U1", DUE), slot("late", "U1", DUE.plusMillis(1)),
                slot("a", "U2", DUE.minus(Duration.ofHours(2))), slot("b1", "U3", DUE.minus(Duration.ofHours(1))),
                slot("b2", "U1", DUE.minus(Duration.ofHours(1)))), DUE);

        assertThat(keysClaimed(DUE, 2)).containsExactly("a", "b1");
        assertThat(keysClaimed(DUE, 10)).containsExactly("b2", "c");
        assertThat(keysClaimed(DUE, 10)).isEmpty();
        assertThat(keysClaimed(DUE.plusMillis(1), 10)).containsExactly("late");
        assertThat(keysClaimed(FAR, 10)).isEmpty();
    }

    @Test
    void aSlotMoreThanThreeDaysLateWhenPlannedIsRecordedAsMissedAndNeverClaimed() {
        Instant now = DUE.plus(Slot.TOO_LATE);

        assertThat(outbox.planAll(List.of(slot("on-time-just"), slot("too-late", "U1", DUE.minusMillis(1))), now))
                .isEqualTo(2);
        assertThat(outbox.planAll(List.of(slot("too-late", "U1", DUE.minusMillis(1))), now)).isZero();

        assertThat(statuses()).containsExactly("on-time-just pending", "too-late missed");
        assertThat(keysClaimed(FAR, 10)).containsExactly("on-time-just");
    }

    @Test
    void aSkippedSlotTakesItsKeyAndIsNeverClaimed() {
        outbox.planAll(List.of(slot("pending")), DUE);

        assertThat(outbox.planSkipped(List.of(slot("skipped"), slot("pending")), "enrolled after it was due", DUE))
                .isOne();
        assertThat(outbox.planAll(List.of(slot("skipped")), DUE)).isZero();
        assertThat(outbox.planSkipped(List.of(slot("skipped")), "again", DUE)).isZero();

        assertThat(statuses()).containsExactly("pending pending", "skipped skipped");
        assertThat(keysClaimed(FAR, 10)).containsExactly("pending");
    }

    @Test
    void aMessageToTryAgainIsDueAtItsNextAttemptWithEveryAttemptCounted() {
        outbox.planAll(List.of(slot("checkin:12:1")), DUE);
        OutboxEntry first = outbox.claimDue(DUE, DUE, 10).get(0);
        assertThat(first.attempts()).isZero();

        outbox.retryAt(first.id(), DUE.plus(Duration.ofMinutes(5)), "HTTP 500");
        assertThat(outbox.claimDue(DUE.plus(Duration.ofMinutes(5)).minusMillis(1), DUE, 10)).isEmpty();
        OutboxEntry second = outbox.claimDue(DUE.plus(Duration.ofMinutes(5)), DUE, 10).get(0);
        outbox.retryAt(second.id(), DUE.plus(Duration.ofMinutes(10)), "HTTP 503");
        OutboxEntry third = outbox.claimDue(FAR, DUE, 10).get(0);

        assertThat(List.of(first.id(), second.id(), third.id())).containsOnly(first.id());
        assertThat(List.of(second.attempts(), third.attempts())).containsExactly(1, 2);
        assertThat(third.dueAt()).as("still due when it was planned").isEqualTo(DUE);
    }

    @Test
    void sentMissedAndSkippedMessagesAreFinishedAndNeverClaimedOrReleasedAgain() {
        outbox.planAll(List.of(slot("sent"), slot("missed"), slot("skipped")), DUE);
        Map<String, Long> claimed = outbox.claimDue(DUE, DUE, 10).stream()
                .collect(Collectors.toMap(OutboxEntry::key, OutboxEntry::id));

        outbox.sent(claimed.get("sent"), "D0MEMBER1", "1733302800.000100", DUE.plusSeconds(1));
        outbox.missed(claimed.get("missed"), "user_not_found", DUE.plusSeconds(2));
        outbox.skipped(claimed.get("skipped"), "unenrolled", DUE.plusSeconds(3));

        assertThat(outbox.releaseClaimsBefore(FAR)).isZero();
        assertThat(keysClaimed(FAR, 10)).isEmpty();
        assertThat(statuses()).containsExactlyInAnyOrder("sent sent", "missed missed", "skipped skipped");
    }

    @Test
    void theMessagesOfAKindSentToARecipientAreListedEarliestDueFirst() {
        Instant monday = DUE;
        Instant tuesday = DUE.plus(Duration.ofDays(1));
        Instant wednesday = DUE.plus(Duration.ofDays(2));
        outbox.planAll(List.of(
                new Slot("checkin:12:2", MessageKind.CHECKIN, "U1", "week 2", tuesday),
                new Slot("checkin:12:1", MessageKind.CHECKIN, "U1", "week 1", monday),
                new Slot("checkin:12:3", MessageKind.CHECKIN, "U1", "week 3", wednesday),
                new Slot("nudge:12:1", MessageKind.NUDGE, "U1", "week 1", monday),
                new Slot("checkin:13:1", MessageKind.CHECKIN, "U2", "week 1", monday),
                new Slot("checkin:12:4", MessageKind.CHECKIN, "U1", "week 4", wednesday.plusSeconds(60))), monday);
        for (OutboxEntry entry : outbox.claimDue(wednesday, wednesday, 10)) {
            if (entry.key().equals("checkin:12:3")) {
                outbox.missed(entry.id(), "user_not_found", wednesday);
            } else {
                outbox.sent(entry.id(), "D" + entry.recipient(), "1.0", entry.dueAt().plusSeconds(30));
            }
        }

        assertThat(outbox.sent(MessageKind.CHECKIN, "U1")).containsExactly(
                new SentMessage("week 1", monday, monday.plusSeconds(30)),
                new SentMessage("week 2", tuesday, tuesday.plusSeconds(30)));
        assertThat(outbox.sent(MessageKind.NUDGE, "U1")).containsExactly(
                new SentMessage("week 1", monday, monday.plusSeconds(30)));
        assertThat(outbox.sent(MessageKind.WEEKLY_REPORT, "U1")).isEmpty();
    }

    @Test
    void onlyClaimsStampedBeforeTheInstantAreReleasedAndComeBackAsRetries() {
        outbox.planAll(List.of(slot("crashed"), slot("in-flight"), slot("waiting")), DUE);
        Instant crashedAt = DUE.plusSeconds(10);
        OutboxEntry crashed = outbox.claimDue(DUE, crashedAt, 1).get(0);
        outbox.claimDue(DUE, crashedAt.plus(Duration.ofMinutes(10)), 1);

        assertThat(outbox.releaseClaimsBefore(crashedAt.plus(Duration.ofMinutes(10)))).isOne();
        assertThat(outbox.releaseClaimsBefore(crashedAt.plus(Duration.ofMinutes(10)))).isZero();

        List<OutboxEntry> again = outbox.claimDue(DUE, crashedAt.plus(Duration.ofMinutes(11)), 10);
        assertThat(again).extracting(OutboxEntry::key, OutboxEntry::attempts)
                .containsExactly(tuple("crashed", 1),
                        tuple("waiting", 0));
        assertThat(again.get(0).id()).isEqualTo(crashed.id());
    }

    @Test
    void theSameSlotsPlannedOnTwoInstancesAtOnceAreOneMessageEach() {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            slots.add(slot("checkin:" + i + ":1", "U" + i, DUE.plusSeconds(i)));
        }
        try (Database other = Database.open(location)) {
            List<JooqOutbox> instances = List.of(outbox, new JooqOutbox(other));

            List<Integer> planned = SideBySide.run(8, thread -> {
                List<Slot> mine = new ArrayList<>(slots);
                if (thread % 4 >= 2) {
                    Collections.reverse(mine); // as another instance's tick might list them
                }
                return instances.get(thread % 2).planAll(mine, DUE);
            });

            assertThat(planned.stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
            assertThat(OutboxRows.of(database)).hasSize(300);
        }
    }

    @Test
    void everyDueMessageIsClaimedByExactlyOneOfManyClaimersOnTwoInstances() {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            slots.add(slot("checkin:" + i + ":1", "U" + (i % 40), DUE.minusSeconds(i % 17)));
        }
        outbox.planAll(slots, DUE);
        try (Database other = Database.open(location)) {
            List<JooqOutbox> instances = List.of(outbox, new JooqOutbox(other));

            List<List<OutboxEntry>> claimed = SideBySide.run(8, thread -> {
                List<OutboxEntry> mine = new ArrayList<>();
                for (List<OutboxEntry> batch = instances.get(thread % 2).claimDue(DUE, DUE, 7); !batch.isEmpty();
                        batch = instances.get(thread % 2).claimDue(DUE, DUE, 7)) {
                    assertThat(batch).hasSizeLessThanOrEqualTo(7);
                    mine.addAll(batch);
                }
                return mine;
            });

            List<OutboxEntry> all = claimed.stream().flatMap(List::stream).toList();
            assertThat(all).extracting(OutboxEntry::key).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(slots.stream().map(Slot::key).toList());
            assertThat(all).extracting(OutboxEntry::attempts).containsOnly(0);
            assertThat(keysClaimed(FAR, 10)).isEmpty();
        }
    }
}
