package ailog.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A thread-safe, append-only log that a test can wait on with a bounded timeout instead of sleeping. */
final class Recorder<T> {
    private final List<T> items = new ArrayList<>();

    synchronized void add(T item) {
        items.add(item);
        notifyAll();
    }

    synchronized List<T> all() {
        return List.copyOf(items);
    }

    synchronized List<T> matching(Predicate<? super T> filter) {
        return items.stream().filter(filter).toList();
    }

    synchronized void clear() {
        items.clear();
    }

    /** Waits until at least {@code count} items match, then returns all that match; fails the test on timeout. */
    synchronized List<T> await(Predicate<? super T> filter, int count, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<T> found = matching(filter);
        while (found.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " " + what + " within " + timeout + " but got "
                        + found.size() + "; everything recorded: " + items);
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
            found = matching(filter);
        }
        return found;
    }
}
