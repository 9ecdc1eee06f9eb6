package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
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

/**
 * Many writers at once share transactions, each still committed before it returns (that a failing write fails alone
 * is part of {@link RunsContractTest}, on every database).
 */
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
            SideBySide.until(() -> batchSizes.size() == 1);
            for (int i = 0; i < 5; i++) {
                String value = "write " + i;
                more.add(CompletableFuture.supplyAsync(() -> commits.write(s -> value), writers));
            }
            SideBySide.until(() -> commits.waiting() == 5);
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
}
