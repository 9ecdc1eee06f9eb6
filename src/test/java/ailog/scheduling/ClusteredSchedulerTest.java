package ailog.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.outbox.Delivery;
import ailog.app.outbox.Message;
import ailog.app.outbox.Messenger;
import ailog.app.outbox.PlanDueMessages;
import ailog.app.outbox.SendDueMessages;
import ailog.app.outbox.Tick;
import ailog.domain.Owners;
import ailog.persistence.Database;
import ailog.persistence.JooqEnrollments;
import ailog.persistence.JooqOutbox;
import ailog.testing.TestDatabase;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.SchedulerException;

/**
 * Two instances' schedulers on one PostgreSQL database, as two processes would run them: each tick runs on one of
 * them at a time, and goes on on the other when the first stops, or dies in the middle of a tick.
 */
class ClusteredSchedulerTest {
    /** Far shorter than a minute, so the test sees many ticks; each tick outlasts it, so two schedulers would overlap. */
    private static final Duration EVERY = Duration.ofMillis(200);
    private static final Duration TICK_TAKES = Duration.ofMillis(600);
    private static final Duration CHECK_IN = Duration.ofMillis(500);
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** One tick as an instance ran it, in real time. */
    private record Ran(String instance, Instant began, Instant ended) {}

    private final String url = TestDatabase.freshPostgres();
    private final List<AutoCloseable> open = new ArrayList<>();
    private final BlockingQueue<String> began = new LinkedBlockingQueue<>();
    private final List<Ran> ran = new ArrayList<>();
    private final CountDownLatch crashedTickMayEnd = new CountDownLatch(1);

    @AfterEach
    void closeAll() throws Exception {
        crashedTickMayEnd.countDown();
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void eachTickRunsOnOneInstanceAtATimeAndOnTheOtherOnceThatOneStops() throws Exception {
        Scheduler a = instance("a", this::takeAWhile);
        Scheduler b = instance("b", this::takeAWhile);

        awaitTicks(8);
        List<Ran> both = ranSoFar();
        for (int i = 1; i < both.size(); i++) {
            assertThat(both.get(i).began()).as("tick %d began after tick %d ended: %s", i, i - 1, both)
                    .isAfterOrEqualTo(both.get(i - 1).ended());
        }

        String last = both.get(both.size() - 1).instance();
        (last.equals("a") ? a : b).close();
        began.clear();
        String other = last.equals("a") ? "b" : "a";
        assertThat(began.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(other);
    }

    @Test
    void aTickCutOffByACrashIsTakenUpByTheOtherInstanceOnceTheDeadOneMissesItsCheckIn() throws Exception {
        Scheduler a = instance("a", this::neverEnd);
        assertThat(began.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("a");
        instance("b", this::takeAWhile);
        assertThat(began.poll(2, TimeUnit.SECONDS)).as("b ticks while a is still ticking").isNull();

        crash(a);
        long crashed = System.nanoTime();

        assertThat(began.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("b");
        Duration takeover = Duration.ofNanos(System.nanoTime() - crashed);
        assertThat(takeover).as("check-in interval plus Quartz's 7.5 s grace, and a little")
                .isLessThan(CHECK_IN.multipliedBy(2).plusMillis(7_500).plusSeconds(5));
    }

    /** Stops Quartz as kill -9 would: no more check-ins, and its tick never recorded as finished. */
    private static void crash(Scheduler scheduler) throws SchedulerException {
        scheduler.quartz().shutdown(false);
    }

    private void takeAWhile() {
        try {
            Thread.sleep(TICK_TAKES.toMillis()); // the tick's work, which outlasts the interval
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void neverEnd() {
        try {
            crashedTickMayEnd.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One instance: its own connections to the shared database, and a tick that does {@code work}. */
    private Scheduler instance(String name, Runnable work) {
        Database database = Database.open(url);
        open.add(database);
        JooqOutbox outbox = new JooqOutbox(database);
        Tick.Planner recorded = now -> {
            Instant start = Instant.now();
            began.add(name);
            work.run();
            synchronized (ran) {
                ran.add(new Ran(name, start, Instant.now()));
            }
            return 0;
        };
        Tick tick = new Tick(
                new PlanDueMessages(new JooqEnrollments(database), outbox, new Owners(Set.of()), user -> ZoneOffset.UTC,
                        10, new PlanDueMessages.ReportTime(DayOfWeek.MONDAY, 9)),
                new SendDueMessages(outbox, (entry, now) -> {
                    throw new AssertionError("nothing is due");
                }, new NothingToSend(), duration -> { }, Runnable::run),
                outbox, Clock.systemUTC(), List.of(recorded));
        Scheduler scheduler = Scheduler.start(tick, Clock.systemUTC(), Optional.of(database.dataSource()), EVERY, CHECK_IN);
        open.add(scheduler);
        return scheduler;
    }

    private void awaitTicks(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (ranSoFar().size() < count && System.nanoTime() < deadline) {
            began.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        assertThat(ranSoFar()).hasSizeGreaterThanOrEqualTo(count);
    }

    private List<Ran> ranSoFar() {
        synchronized (ran) {
            return ran.stream().sorted(Comparator.comparing(Ran::began)).toList();
        }
    }

    /** The outbox is empty in these tests: Slack is never called. */
    private static final class NothingToSend implements Messenger {
        @Override
        public Delivery send(String recipient, Message message, String key) {
            throw new AssertionError("nothing is due");
        }

        @Override
        public Search findSent(String recipient, String key, Instant since) {
            throw new AssertionError("nothing is due");
        }
    }
}
