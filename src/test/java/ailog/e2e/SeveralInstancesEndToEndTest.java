package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.AlwaysOnPostgres;
import ailog.domain.Run;
import ailog.testing.FakeSlack;
import ailog.testing.Instances;
import ailog.testing.SignedRequests;
import ailog.testing.SignedRequests.SlackResponse;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Two ailog processes on one PostgreSQL database, as several instances behind a load balancer: whichever instance
 * takes a log, and even if one is killed with {@code kill -9} mid-run, every acknowledged log is stored exactly once.
 * Always on PostgreSQL (SQLite serves one instance), so the build runs it once.
 */
@AlwaysOnPostgres
class SeveralInstancesEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int LOGS = 800;
    private static final int IN_FLIGHT = 32;
    private static final int KILL_AFTER_ACKNOWLEDGED = 200;
    private static final int KILLED = 0;
    private static final int SURVIVOR = 1;

    /** What one log got back. */
    private record Sent(int index, int instance, String notes, boolean acknowledged) {}

    @Test
    void everyAcknowledgedLogIsStoredExactlyOnceThoughOneInstanceIsKilledMidRun() throws Exception {
        try (Instances instances = Instances.start(2, "proposal")) {
            AtomicInteger acknowledgedSoFar = new AtomicInteger();
            ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT);
            List<Future<Sent>> pending = new ArrayList<>();
            for (int i = 0; i < LOGS; i++) {
                int index = i;
                pending.add(senders.submit(() -> {
                    Sent sent = log(instances, index);
                    if (sent.acknowledged()) {
                        acknowledgedSoFar.incrementAndGet();
                    }
                    return sent;
                }));
            }
            awaitAtLeast(acknowledgedSoFar, KILL_AFTER_ACKNOWLEDGED);
            instances.process(KILLED).kill(); // SIGKILL while logs to both are in flight
            int acknowledgedAtKill = acknowledgedSoFar.get();
            List<Sent> sent = new ArrayList<>();
            for (Future<Sent> log : pending) {
                sent.add(log.get(30, TimeUnit.SECONDS));
            }
            senders.shutdown();
            instances.process(KILLED).awaitExit();

            Map<String, Long> stored = instances.storedRuns().stream()
                    .collect(Collectors.groupingBy(Run::notes, Collectors.counting()));
            List<Sent> acknowledged = sent.stream().filter(Sent::acknowledged).toList();
            List<Sent> unanswered = sent.stream().filter(s -> !s.acknowledged()).toList();
            assertThat(acknowledged).allSatisfy(s -> assertThat(stored.get(s.notes()))
                    .as("times %s is stored", s.notes()).isEqualTo(1L));
            assertThat(stored.values()).as("no log stored twice").containsOnly(1L);
            assertThat(stored.keySet()).as("only what was sent").allMatch(notes -> notes.startsWith("two instances #"));
            // the kill came mid-run: the killed instance had answered some and left others unanswered,
            assertThat(acknowledged).anyMatch(s -> s.instance() == KILLED);
            assertThat(unanswered).isNotEmpty().allMatch(s -> s.instance() == KILLED);
            // and the other instance went on acknowledging every log sent to it after the kill
            assertThat(sent).filteredOn(s -> s.instance() == SURVIVOR).allMatch(Sent::acknowledged);
            assertThat(acknowledged.size()).isGreaterThan(acknowledgedAtKill + 100);
        }
    }

    /** Log {@code index}, to the instances alternately, with notes that name it. */
    private static Sent log(Instances instances, int index) {
        int instance = index % instances.count();
        String notes = "two instances #" + index;
        try {
            SlackResponse response = instances.requests(instance)
                    .slashCommand("U0INST" + (index % 10), "proposal as-is " + notes);
            return new Sent(index, instance, notes, response.status() == 200 && response.body().contains("Logged"));
        } catch (AssertionError noAnswer) {
            return new Sent(index, instance, notes, false); // cut off by the kill, or refused after it
        }
    }

    @Test
    void oneCardPressedOnBothInstancesAtOnceLogsOneRun() throws Exception {
        int presses = 8;
        try (Instances instances = Instances.start(2, "proposal", "status-update")) {
            for (int card = 0; card < 5; card++) {
                String user = "U0CARD0" + card;
                JsonObject shown = instances.requests(card % 2).slashCommand(user, "").json();
                String value = LoggingEndToEndTest.buttonValue(shown, "quicklog_outcome_as-is");

                List<String> responseUrls = pressTogether(instances, user, value, presses);

                assertThat(instances.storedRuns()).filteredOn(run -> run.userId().equals(user)).hasSize(1);
                List<String> replies = awaitResponsesTo(instances.slack(), responseUrls);
                assertThat(replies).filteredOn(reply -> reply.contains("undo_run")).hasSize(1);
                assertThat(replies).filteredOn(reply -> reply.contains("already logged its run"))
                        .hasSize(presses - 1);
            }
        }
    }

    /** The same press {@code presses} times, released together, alternately on each instance; their response URLs. */
    private static List<String> pressTogether(Instances instances, String user, String value, int presses)
            throws Exception {
        CyclicBarrier together = new CyclicBarrier(presses);
        List<String> responseUrls = IntStream.range(0, presses).mapToObj(i -> instances.slack().newResponseUrl())
                .toList();
        ExecutorService pressers = Executors.newFixedThreadPool(presses);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < presses; i++) {
                SignedRequests requests = instances.requests(i % instances.count());
                String responseUrl = responseUrls.get(i);
                statuses.add(pressers.submit(() -> {
                    together.await();
                    return requests.blockAction(user, "quicklog_outcome_as-is", value, responseUrl).status();
                }));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pressers.shutdown();
        }
        return responseUrls;
    }

    @Test
    void aWorkflowAddedOnOneInstanceIsUsableOnTheOtherAtOnce() {
        try (Instances instances = Instances.start(2, "proposal")) {
            SignedRequests first = instances.requests(0);
            SignedRequests second = instances.requests(1);
            String member = "U0MEMBER1";
            // the second instance has just read its catalog, which has no newsletter yet
            assertThat(second.slashCommand(member, "newsletter as-is").body()).doesNotContain("Logged");

            assertThat(first.slashCommand(Instances.OWNER, "workflow add newsletter Weekly newsletter").body())
                    .contains("Added");
            assertThat(second.slashCommand(member, "newsletter as-is by key").body()).contains("Logged");

            assertThat(first.slashCommand(Instances.OWNER, "workflow add standup Daily standup notes").body())
                    .contains("Added");
            assertThat(second.slashCommand(member, "Daily standup notes light-edit tone by name").body())
                    .contains("Logged");

            assertThat(instances.storedRuns()).extracting(run -> run.workflow().value() + ": " + run.notes())
                    .containsExactlyInAnyOrder("newsletter: by key", "standup: by name");
        }
    }

    private static void awaitAtLeast(AtomicInteger counter, int target) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos() * 3;
        while (counter.get() < target) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + counter.get() + " logs acknowledged, waiting for " + target);
            }
            Thread.sleep(1);
        }
    }

    /** The replies posted to each response URL, in their order; they arrive after the acknowledgements. */
    private static List<String> awaitResponsesTo(FakeSlack slack, List<String> responseUrls)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Map<String, String> byUrl = slack.responses().stream()
                    .filter(post -> responseUrls.contains(post.url()))
                    .collect(Collectors.toMap(FakeSlack.ResponsePost::url, FakeSlack.ResponsePost::json,
                            (one, other) -> one + other));
            if (byUrl.keySet().containsAll(responseUrls)) {
                return responseUrls.stream().map(byUrl::get).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("replies came to " + byUrl.size() + " of " + responseUrls.size()
                        + " presses");
            }
            Thread.sleep(5); // not a busy wait: the two bot processes need the cores
        }
    }
}
