package ailog.config;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bot's thread pools, each bounded and for one kind of work, so that no kind can starve another or grow without
 * limit when Slack or the disk is slow: replies after the ack, typed logs with a budget, member lookups, enrolment
 * checks, "send now" ticks and the sends of a tick. All threads are daemons; {@link #close} lets queued replies finish.
 */
record Workers(ExecutorService afterAck, ExecutorService logWrites, ExecutorService lookups,
        ExecutorService directory, ExecutorService sendNow, ExecutorService outboxSend) implements AutoCloseable {
    /** How many users.info calls an enrollment makes at once: quick for hundreds, gentle on Slack's limits. */
    private static final int DIRECTORY_THREADS = 12;
    /** Check-ins to different members go out side by side on this many threads; Slack's 429s set the pace. */
    private static final int OUTBOX_SENDERS = 4;

    static Workers start() {
        return new Workers(
                bounded("after-ack", 8, 10_000),
                bounded("log-write", 64, 2_000),
                bounded("slack-lookup", 8, 1_000),
                bounded("slack-directory", DIRECTORY_THREADS, 10_000),
                // one "send now" at a time, the latest request enough: a queued one covers everything due by then
                new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), daemon("send-now"),
                        new ThreadPoolExecutor.DiscardPolicy()),
                // a tick waits for its sends, one task per recipient of a batch: never more queued than a batch
                bounded("outbox-send", OUTBOX_SENDERS, 1_000));
    }

    /** A fixed number of threads and a bounded queue: work beyond both is refused, never piled up. */
    private static ExecutorService bounded(String name, int threads, int queued) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queued), daemon(name));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops taking work; replies already queued get ten seconds to finish. */
    @Override
    public void close() {
        for (ExecutorService pool : new ExecutorService[] {afterAck, logWrites, sendNow}) {
            pool.shutdown();
        }
        try {
            afterAck.awaitTermination(10, TimeUnit.SECONDS);
            logWrites.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lookups.shutdownNow();
        directory.shutdownNow();
        sendNow.shutdownNow();
        outboxSend.shutdownNow();
    }
}
