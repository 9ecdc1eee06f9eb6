package ailog.logging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Logs an error the first time it happens, with its stack trace, and the same error again (same kind, same message)
 * only as a count once a minute: a full disk fails every request alike, and the log should say so in a few lines,
 * not megabytes.
 */
public final class RepeatedErrors {
    private static final Duration QUIET = Duration.ofMinutes(1);

    private final Logger log;
    private final Clock clock;
    private final ConcurrentHashMap<String, Seen> seen = new ConcurrentHashMap<>();

    /** When an error was last written out, and how many times it happened since. */
    private record Seen(Instant written, AtomicLong since) {}

    public RepeatedErrors(Logger log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void error(String what, Throwable failure) {
        String key = what + "|" + failure.getClass().getName() + "|" + failure.getMessage();
        Instant now = clock.instant();
        Seen before = seen.get(key);
        if (before == null || now.isAfter(before.written().plus(QUIET))) {
            seen.put(key, new Seen(now, new AtomicLong()));
            long repeated = before == null ? 0 : before.since().get();
            if (repeated > 0) {
                log.error("{} ({} more times in the last minute or more): {}", what, repeated, failure.toString());
            } else {
                log.error(what, failure);
            }
        } else {
            before.since().incrementAndGet();
        }
    }
}
