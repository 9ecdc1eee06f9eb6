package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ailog.domain.NewRun;
import ailog.domain.Run;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.testing.RunToStore;
import ailog.testing.TestClock;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many writers at once share transactions, each still committed before it returns and failing only alone. */
class GroupCommitTest {
    private static final String ADD_WORKFLOW = "insert into workflow (key, name, added_by, added_at) values (?, ?, 'U0OWNER', 0)";

    @TempDir
    Path folder;

    private final ExecutorService writers = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        writers.shutdownNow();
    }

    @Test
    void writesThatArriveWhileATransactionRunsAllGoIntoTheNextOne() throws Exception {
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        GroupCommit commits = new GroupCommit(batch -> {
            batchSizes.add(batch.size());
            if (batchSizes.size() == 1) {
                await(firstMayFinish);
            }
            batch.forEach(write -> complete(write));
        });
        try {
            CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> commits.write(s -> "first"), writers);
            List<CompletableFuture<Object>> more = new ArrayList<>();
            awaitUntil(() -> batchSizes.size() == 1);
            for (int i = 0; i < 5; i++) {
                String value = "write " + i;
                more.add(CompletableFuture.supplyAsync(() -> commits.write(s -> value), writers));
            }
            awaitUntil(() -> commits.waiting() == 5);
            firstMayFinish.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            for (int i = 0; i < 5; i++) {
                assertThat(more.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("write " + i);
            }
            assertThat(batchSizes).containsExactly(1, 5);
        } finally {
            firstMayFinish.countDown();
            commits.close();
        }
    }

    @Test
    void aCallerInterruptedWhileItsWriteWaitsStillHearsTheCommitAndKeepsItsInterrupt() throws Exception {
        CountDownLatch inTransaction = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        GroupCommit commits = new GroupCommit(batch -> {
            inTransaction.countDown();
            await(mayCommit);
            batch.forEach(write -> complete(write));
        });
        try {
            CompletableFuture<String> heard = new CompletableFuture<>();
            Thread caller = new Thread(() -> {
                Object value = commits.write(s -> "stored");
                heard.complete(value + (Thread.currentThread().isInterrupted() ? ", interrupted" : ""));
            });
            caller.start();
            await(inTransaction);
            caller.interrupt();
            Thread.sleep(50);
            assertThat(heard).isNotDone();
            mayCommit.countDown();

            assertThat(heard.get(5, TimeUnit.SECONDS)).isEqualTo("stored, interrupted");
        } finally {
            mayCommit.countDown();
            commits.close();
        }
    }

    @Test
    void aFailingWriteFailsAloneAndTheOthersInItsTransactionCommit() throws Exception {
        try (Database database = Database.open(folder.resolve("ailog.db").toString())) {
            database.writeTogether(s -> add(s, "taken"));
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Integer> blocker = CompletableFuture.supplyAsync(() -> database.writeTogether(s -> {
                holding.countDown();
                await(release);
                return add(s, "first");
            }), writers);
            await(holding);
            CompletableFuture<Integer> good = CompletableFuture.supplyAsync(
                    () -> database.writeTogether(s -> add(s, "good")), writers);
            CompletableFuture<Integer> clash = CompletableFuture.supplyAsync(
                    () -> database.writeTogether(s -> add(s, "taken")), writers);
            CompletableFuture<Integer> alsoGood = CompletableFuture.supplyAsync(
                    () -> database.writeTogether(s -> add(s, "also-good")), writers);
            awaitUntil(() -> database.writesWaiting() == 3);
            release.countDown();

            assertThat(blocker.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(good.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(alsoGood.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            assertThatThrownBy(() -> clash.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(DataAccessException.class);
            JooqWorkflows catalog = new JooqWorkflows(database, new TestClock(Instant.parse("2026-11-27T15:00:00Z")));
            assertThat(catalog.all()).extracting(w -> w.key().value())
                    .containsExactlyInAnyOrder("taken", "first", "good", "also-good");
        }
    }

    @Test
    void eightThreadsLoggingAtOnceStoreEveryRunOnceEachWithItsOwnId() throws Exception {
        try (Database database = Database.open(folder.resolve("ailog.db").toString())) {
            new JooqWorkflows(database, new TestClock(Instant.parse("2026-11-27T15:00:00Z")))
                    .add(new Workflow(new WorkflowKey("proposal"), "Proposal", "U0OWNER"));
            JooqRuns runs = new JooqRuns(database);
            List<CompletableFuture<List<Long>>> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String user = "U0WRITER" + t;
                threads.add(CompletableFuture.supplyAsync(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        NewRun run = RunToStore.aRun().by(user).build();
                        ids.add(runs.saveOnce(run).map(Run::id).orElseThrow());
                    }
                    return ids;
                }, writers));
            }
            List<Long> ids = new ArrayList<>();
            for (CompletableFuture<List<Long>> thread : threads) {
                ids.addAll(thread.get(30, TimeUnit.SECONDS));
            }

            assertThat(ids).hasSize(800).doesNotHaveDuplicates();
            List<Run> stored = new ArrayList<>();
            runs.forEach(stored::add);
            assertThat(stored).extracting(Run::id).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void afterCloseAWriteIsRefusedRatherThanLeftWaiting() {
        Database database = Database.open(folder.resolve("ailog.db").toString());
        database.close();

        assertThatThrownBy(() -> database.writeTogether(s -> add(s, "late")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("closing");
    }

    private static int add(PreparedStatements statements, String key) throws java.sql.SQLException {
        PreparedStatement insert = statements.get(ADD_WORKFLOW);
        insert.setString(1, key);
        insert.setString(2, "The " + key);
        return insert.executeUpdate();
    }

    private static <T> void complete(GroupCommit.Pending<T> write) {
        try {
            write.result().complete(write.work().apply(null));
        } catch (java.sql.SQLException e) {
            write.result().completeExceptionally(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
