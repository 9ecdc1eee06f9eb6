package ailog.persistence;

import ailog.logging.RepeatedErrors;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes that many request threads make at once, done by one thread in shared transactions: whatever is waiting
 * when the thread comes round goes into one transaction and one commit. Each caller returns once the transaction
 * holding its write has committed, so what it acknowledges survives a crash; a write that fails fails alone.
 */
final class GroupCommit implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    /** A full disk fails every group alike: said once with its stack, then counted. */
    private final RepeatedErrors errors = new RepeatedErrors(log, Clock.systemUTC());
    private static final int MOST_PER_TRANSACTION = 256;

    /** Runs a batch of writes in one transaction, each write's result or failure into its own future. */
    interface Transaction {
        void run(List<Pending<?>> writes);
    }

    /** One write and where its result goes. */
    record Pending<T>(Database.PreparedWork<T> work, CompletableFuture<T> result) {}

    private final BlockingQueue<Pending<?>> waiting = new LinkedBlockingQueue<>();
    private final Transaction transaction;
    private final Thread thread;
    private boolean closing; // guarded by this, so no write slips in after close() has looked

    GroupCommit(Transaction transaction) {
        this.transaction = transaction;
        this.thread = new Thread(this::commitWhatIsWaiting, "group-commit");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs the write in the next shared transaction and returns its result once that has committed. */
    <T> T write(Database.PreparedWork<T> work) {
        return outcome(submit(work));
    }

    /** Queues the write for the next shared transaction; the future completes once that has committed. */
    <T> CompletableFuture<T> submit(Database.PreparedWork<T> work) {
        Pending<T> pending = new Pending<>(work, new CompletableFuture<>());
        synchronized (this) {
            if (closing) {
                throw new DataAccessException("the database is closing");
            }
            waiting.add(pending);
        }
        return pending.result();
    }

    /**
     * Waits for the commit even when interrupted (and interrupts again after): the write is already queued, so
     * answering early would tell the caller it failed when it may yet be stored.
     */
    private static <T> T outcome(CompletableFuture<T> result) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException cause) {
                        throw cause;
                    }
                    throw new DataAccessException(e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void commitWhatIsWaiting() {
        List<Pending<?>> batch = new ArrayList<>();
        while (!isClosing() || !waiting.isEmpty()) {
            try {
                Pending<?> first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MOST_PER_TRANSACTION - 1);
                transaction.run(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                errors.error("a group of writes failed", e);
                batch.forEach(p -> p.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** How many writes wait for the next transaction. */
    int waiting() {
        return waiting.size();
    }

    private synchronized boolean isClosing() {
        return closing;
    }

    /** Lets the writes already waiting commit (ten seconds at most), then stops; later writes are refused. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        DataAccessException refused = new DataAccessException("the database closed before this write");
        for (Pending<?> left = waiting.poll(); left != null; left = waiting.poll()) {
            left.result().completeExceptionally(refused);
        }
    }
}
