package ailog.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Sends a fixed number of logs to one target (its servers in turn) with a fixed number in flight, timing each one
 * client-side.
 */
final class LoadRun {
    /**
     * What a run saw; {@code latenciesNanos} holds one entry per request sent, failed or not; {@code databaseCpuNanos}
     * is negative when there is no database server apart from the servers, or its CPU cannot be read; and
     * {@code acknowledgedIndexes} which of the requests (0-based, in the order they were handed out) were acknowledged.
     */
    record Result(long[] latenciesNanos, int failures, int acknowledged, long elapsedNanos, long serverCpuNanos,
            long databaseCpuNanos, int notSent, BitSet acknowledgedIndexes) {}

    static final String TEXT = "proposal light-edit tone bench note";
    static final int USERS = 200;
    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final List<String> USER_IDS =
            IntStream.range(0, USERS).mapToObj(i -> String.format("U0BENCH%03d", i)).toList();

    private final Target target;
    private final int concurrency;
    private final IntFunction<String> texts;

    LoadRun(Target target, int concurrency) {
        this(target, concurrency, i -> TEXT);
    }

    /** As above, with the text of request {@code i} given (so each stored run can be told apart afterwards). */
    LoadRun(Target target, int concurrency, IntFunction<String> texts) {
        this.target = target;
        this.concurrency = concurrency;
        this.texts = texts;
    }

    /** Sends {@code requests} logs, each worker one after another, stopping early only if the time limit passes. */
    Result run(int requests) {
        long[] latencies = new long[requests];
        Arrays.fill(latencies, -1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        BitSet acknowledgedIndexes = new BitSet(requests);
        long deadline = System.nanoTime() + LIMIT.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        Duration cpuBefore = target.serversCpu();
        Optional<Duration> databaseCpuBefore = target.databaseCpu().get();
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                running.add(workers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline;
                            i = next.getAndIncrement()) {
                        boolean ok = sendOne(i, latencies);
                        (ok ? acknowledged : failures).incrementAndGet();
                        if (ok) {
                            synchronized (acknowledgedIndexes) {
                                acknowledgedIndexes.set(i);
                            }
                        }
                    }
                }));
            }
            awaitAll(running);
        } finally {
            workers.shutdownNow();
        }
        long elapsed = System.nanoTime() - started;
        long cpu = target.serversCpu().minus(cpuBefore).toNanos();
        long databaseCpu = databaseCpuBefore
                .flatMap(before -> target.databaseCpu().get().map(after -> after.minus(before).toNanos()))
                .orElse(-1L);
        long[] sent = Arrays.stream(latencies).filter(nanos -> nanos >= 0).toArray();
        synchronized (acknowledgedIndexes) {
            return new Result(sent, failures.get(), acknowledged.get(), elapsed, cpu, databaseCpu,
                    requests - sent.length, (BitSet) acknowledgedIndexes.clone());
        }
    }

    private boolean sendOne(int i, long[] latencies) {
        String user = USER_IDS.get(i % USERS);
        long start = System.nanoTime();
        try {
            SlashCommandClient.Answer answer = target.client(i).send(user, texts.apply(i));
            latencies[i] = System.nanoTime() - start;
            return target.ok().test(answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            latencies[i] = System.nanoTime() - start;
            return false;
        } catch (Exception e) {
            latencies[i] = System.nanoTime() - start;
            return false;
        }
    }

    private static void awaitAll(List<Future<?>> running) {
        try {
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkBroke("interrupted");
        } catch (ExecutionException e) {
            throw new BenchmarkBroke("a load worker died: " + e.getCause());
        }
    }
}
