package ailog.slack;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The signatures of the requests this instance accepted in the replay window: a captured request sent again within
 * the window that Slack's timestamp allows is refused. Keyed by the signature's first 8 bytes (a collision is a
 * 2^-64 chance), each remembered until its timestamp leaves the window.
 */
final class SeenSignatures {
    private static final int PRUNE_EVERY = 1024;

    private final long windowSeconds;
    private final ConcurrentHashMap<Long, Long> timestampBySignature = new ConcurrentHashMap<>();
    private final AtomicInteger sincePrune = new AtomicInteger();

    SeenSignatures(long windowSeconds) {
        this.windowSeconds = windowSeconds;
    }

    /** True the first time a signature is seen; false for a replay. */
    boolean firstTime(long signature, long timestampSeconds, long nowSeconds) {
        if (sincePrune.incrementAndGet() >= PRUNE_EVERY) {
            sincePrune.set(0);
            timestampBySignature.values().removeIf(seconds -> Math.abs(nowSeconds - seconds) > windowSeconds);
        }
        return timestampBySignature.putIfAbsent(signature, timestampSeconds) == null;
    }

    int size() {
        return timestampBySignature.size();
    }
}
