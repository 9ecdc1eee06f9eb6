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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * 2,000 members due in the same minute, sent through the real outbox (SQLite file), the real SendDueMessages (real
 * sleeps, the production number of workers) and the real SlackMessenger against FakeSlack limiting chat.postMessage as
 * Slack does: one message per second per channel, and a workspace budget of 100 refilled at 50 a second, both
 * answered with 429 and Retry-After. Prints the time beside the floor those limits impose; exits 1 unless every
 * member got exactly one message and no post ignored a Retry-After.
 */
public final class OutboxBenchmark {
    private static final int MEMBERS = 2_000;
    private static final int BURST = 100;
    private static final double PER_SECOND = 50;
    private static final int WORKERS = 4;
    private static final String METHOD = "chat.postMessage";

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ailog-outbox-bench");
        Path file = dir.resolve("bench.db");
        int exit;
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
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
                    Sleeper.REAL, workers);
            fake.limitPosting(BURST, PER_SECOND);

            long start = System.nanoTime();
            int sent = sender.sendDueBy(now, Clock.systemUTC());
            Duration total = Duration.ofNanos(System.nanoTime() - start);

            List<FakeSlack.Call> calls = fake.calls(METHOD);
            List<FakeSlack.Call> delivered = fake.delivered(METHOD);
            Map<String, Integer> perRecipient = new HashMap<>();
            delivered.forEach(c -> perRecipient.merge(c.get("channel"), 1, Integer::sum));
            int missing = 0;
            int duplicated = 0;
            for (int i = 0; i < MEMBERS; i++) {
                int n = perRecipient.getOrDefault("U" + i, 0);
                missing += n == 0 ? 1 : 0;
                duplicated += n >= 2 ? 1 : 0;
            }
            // each member's DM is its own channel, so only the workspace budget binds: the burst, then the refill
            double floor = (MEMBERS - BURST) / PER_SECOND;

            System.out.printf("members planned:          %d%n", planned);
            System.out.printf("sendDueBy returned:       %d%n", sent);
            System.out.printf("chat.postMessage calls:   %d%n", calls.size());
            System.out.printf("messages delivered:       %d%n", delivered.size());
            System.out.printf("distinct recipients:      %d (missing %d, more than once %d)%n",
                    perRecipient.size(), missing, duplicated);
            System.out.printf("429s:                     %d; posts ignoring a Retry-After: %d%n",
                    fake.postsRateLimited(), fake.postsIgnoringRetryAfter());
            System.out.printf("total time:               %.2f s%n", total.toMillis() / 1000.0);
            System.out.printf("floor of the limits:      %.2f s = (%d members - %d burst) / %.0f a second;"
                    + " ratio %.2f%n", floor, MEMBERS, BURST, PER_SECOND, total.toMillis() / 1000.0 / floor);
            boolean ok = missing == 0 && duplicated == 0 && perRecipient.size() == MEMBERS
                    && fake.postsIgnoringRetryAfter() == 0;
            System.out.println(ok ? "OK: every member got exactly one message, every Retry-After honoured"
                    : "FAIL: some member got 0 or 2+ messages, or a Retry-After was ignored");
            exit = ok ? 0 : 1;
        } finally {
            workers.shutdownNow();
            try (var files = Files.list(dir)) {
                files.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
        System.exit(exit);
    }
}
