package ailog.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slack's limits on {@code chat.postMessage} as the fake enforces them: one message per second in each channel, and a
 * workspace-wide budget of {@code burst} messages refilled at {@code perSecond}. A post over either limit gets 429 with
 * a Retry-After in whole seconds; a post that arrives while a Retry-After the fake gave is still running counts as
 * ignoring it (per channel for a channel's limit, for every post for the workspace's).
 */
final class PostingLimits {
    private static final long SECOND = 1_000_000_000L;
    /** A post sent before its sender could have read the 429 is not one that ignored it. */
    private static final long IN_FLIGHT = 100_000_000L;

    private final int burst;
    private final double perSecond;
    private final Map<String, Long> channelLastPost = new HashMap<>();
    private final Map<String, long[]> channelPause = new HashMap<>();
    private double tokens;
    private long refilledAt = System.nanoTime();
    private long[] workspacePause = {0, 0};
    private int ignored;
    private int limited;

    PostingLimits(int burst, double perSecond) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.tokens = burst;
    }

    /** The Retry-After (seconds) of a 429 for a post to {@code channel} now, or empty when it may be posted. */
    synchronized Optional<Integer> post(String channel) {
        long now = System.nanoTime();
        countIgnored(channel, now);
        Long last = channelLastPost.get(channel);
        if (last != null && now - last < SECOND) {
            channelPause.put(channel, new long[] {now, last + SECOND});
            limited++;
            return Optional.of(1);
        }
        tokens = Math.min(burst, tokens + (now - refilledAt) * perSecond / SECOND);
        refilledAt = now;
        if (tokens < 1) {
            int seconds = (int) Math.ceil((1 - tokens) / perSecond);
            workspacePause = new long[] {now, now + seconds * SECOND};
            limited++;
            return Optional.of(seconds);
        }
        tokens--;
        channelLastPost.put(channel, now);
        return Optional.empty();
    }

    private void countIgnored(String channel, long now) {
        long[] channelWait = channelPause.getOrDefault(channel, new long[] {0, 0});
        for (long[] pause : new long[][] {workspacePause, channelWait}) {
            if (now > pause[0] + IN_FLIGHT && now < pause[1]) {
                ignored++;
                return;
            }
        }
    }

    synchronized int ignored() {
        return ignored;
    }

    synchronized int limited() {
        return limited;
    }
}
