package ailog.bench;

import ailog.app.outbox.Composition;
import ailog.app.outbox.Message;
import ailog.app.outbox.SendDueMessages;
import ailog.app.outbox.Sleeper;
import ailog.domain.Obstacle;
import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.Slot;
import ailog.persistence.Database;
import ailog.persistence.JooqOutbox;
import ailog.slack.SlackClients;
import ailog.slack.SlackMessenger;
import ailog.testing.FakeSlack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 2,000 members due in the same minute, sent through the real outbox (SQLite file), the real SendDueMessages
 * (real sleeps, production pace) and the real SlackMessenger against FakeSlack, which answers 429 with
 * Retry-After: 1 after every 100 chat.postMessage calls. Exits 1 unless every member got exactly one message.
 */
public final class OutboxBenchmark {
    private static final int MEMBERS = 2_000;
    private static final int BURST = 100;
    private static final int RETRY_AFTER_SECONDS = 1;
    private static final Duration PACE = Duration.ofMillis(20);
    private static final String METHOD = "chat.postMessage";

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ailog-outbox-bench");
        Path file = dir.resolve("bench.db");
        int exit;
        try (FakeSlack fake = FakeSlack.start(); Database database = Database.open(file.toString())) {
            JooqOutbox outbox = new JooqOutbox(database);
            Instant now = Instant.now();
            List<Slot> slots = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                slots.add(new Slot("bench:" + i, MessageKind.OBSTACLE_FOR_OWNER, "U" + i, "s", now));
            }
            int planned = outbox.planAll(slots, now);

            SendDueMessages sender = new SendDueMessages(outbox,
                    (entry, at) -> new Composition.Send(new Message.ObstacleForOwner("U1", 1, Obstacle.NO_TIME)),
                    new SlackMessenger(SlackClients.forApi(fake.apiUrl()).methods("xoxb-bench")),
                    Sleeper.REAL, PACE);

            // Slack's limit: a burst of ~100, then "wait 1 s".
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger injected = new AtomicInteger();
            Thread limiter = new Thread(() -> {
                int next = BURST;
                while (running.get()) {
                    if (fake.calls(METHOD).size() >= next) {
                        fake.failNext(METHOD, 1, 429, String.valueOf(RETRY_AFTER_SECONDS));
                        injected.incrementAndGet();
                        next += BURST;
                    }
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rate-limiter");
            limiter.setDaemon(true);
            limiter.start();

            long start = System.nanoTime();
            int sent = sender.sendDueBy(now, now);
            Duration total = Duration.ofNanos(System.nanoTime() - start);
            running.set(false);
            limiter.join();

            List<FakeSlack.Call> calls = fake.calls(METHOD);
            List<FakeSlack.Call> delivered = fake.delivered(METHOD);
            int rateLimited = calls.size() - delivered.size();
            Map<String, Integer> perRecipient = new HashMap<>();
            delivered.forEach(c -> perRecipient.merge(c.get("channel"), 1, Integer::sum));
            int missing = 0;
            int duplicated = 0;
            for (int i = 0; i < MEMBERS; i++) {
                int n = perRecipient.getOrDefault("U" + i, 0);
                missing += n == 0 ? 1 : 0;
                duplicated += n >= 2 ? 1 : 0;
            }
            Duration rateLimitWait = Duration.ofSeconds((long) rateLimited * RETRY_AFTER_SECONDS);
            Duration pacing = PACE.multipliedBy(calls.size());
            Duration paceFloor = PACE.multipliedBy(MEMBERS);

            System.out.printf("members planned:          %d%n", planned);
            System.out.printf("sendDueBy returned:       %d%n", sent);
            System.out.printf("chat.postMessage calls:   %d%n", calls.size());
            System.out.printf("messages delivered:       %d%n", delivered.size());
            System.out.printf("distinct recipients:      %d (missing %d, more than once %d)%n",
                    perRecipient.size(), missing, duplicated);
            System.out.printf("429s:                     %d (injected %d)%n", rateLimited, injected.get());
            System.out.printf("total time:               %.2f s%n", total.toMillis() / 1000.0);
            System.out.printf("unavoidable time:         %.2f s = %d x %d s Retry-After + %d x %d ms pace%n",
                    (rateLimitWait.plus(paceFloor)).toMillis() / 1000.0, rateLimited, RETRY_AFTER_SECONDS,
                    MEMBERS, PACE.toMillis());
            System.out.printf("  (pace incl. retried calls: %.2f s; overhead beyond that: %.2f s)%n",
                    pacing.toMillis() / 1000.0, total.minus(rateLimitWait).minus(pacing).toMillis() / 1000.0);
            boolean ok = missing == 0 && duplicated == 0 && perRecipient.size() == MEMBERS;
            System.out.println(ok ? "OK: every member got exactly one message"
                    : "FAIL: some member got 0 or 2+ messages");
            exit = ok ? 0 : 1;
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
        System.exit(exit);
    }
}
