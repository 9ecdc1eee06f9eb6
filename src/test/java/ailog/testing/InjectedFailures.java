package ailog.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Failures queued per Web API method, consumed one per call, so a test can script outages and rate limits. */
final class InjectedFailures {
    /** One failed answer: HTTP status, optional {@code Retry-After} seconds and the {@code error} code. */
    record Failure(int status, String retryAfter, String error) {}

    private final Map<String, Deque<Failure>> queued = new HashMap<>();

    synchronized void add(String method, int times, Failure failure) {
        Deque<Failure> queue = queued.computeIfAbsent(method, m -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(failure);
        }
    }

    /** The failure to answer this call with, or null to answer normally. */
    synchronized Failure next(String method) {
        Deque<Failure> queue = queued.get(method);
        return queue == null ? null : queue.poll();
    }
}
