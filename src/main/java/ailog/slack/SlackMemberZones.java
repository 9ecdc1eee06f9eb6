package ailog.slack;

import ailog.app.MemberZones;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Members' time zones from Slack's {@code users.info}: a zone Slack gave is kept for a day; when Slack could not say
 * (an error, a rate limit), the default zone stands in for a few minutes only, then Slack is asked again. One lookup
 * per member is in flight at a time, on a bounded pool, and a lookup that is slow falls back to the default zone at
 * once, so Slack's 3-second acknowledgement is never at risk; its answer is kept when it arrives.
 */
public final class SlackMemberZones implements MemberZones {
    private static final Logger log = LoggerFactory.getLogger(SlackMemberZones.class);
    private static final Duration KEEP = Duration.ofHours(24);
    private static final Duration KEEP_FALLBACK = Duration.ofMinutes(5);
    private static final Duration WAIT = Duration.ofMillis(1500);

    private record Known(ZoneId zone, Instant until) {}

    private final Supplier<MethodsClient> slack;
    private final ZoneId fallback;
    private final Clock clock;
    private final ExecutorService lookups;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Known>> inFlight = new ConcurrentHashMap<>();

    public SlackMemberZones(MethodsClient slack, ZoneId fallback, Clock clock, ExecutorService lookups) {
        this(() -> slack, fallback, clock, lookups);
    }

    /** Over a client made at the first look-up. */
    public SlackMemberZones(Supplier<MethodsClient> slack, ZoneId fallback, Clock clock, ExecutorService lookups) {
        this.slack = slack;
        this.fallback = fallback;
        this.clock = clock;
        this.lookups = lookups;
    }

    @Override
    public ZoneId zoneOf(String userId) {
        Known cached = known.get(userId);
        if (cached != null && clock.instant().isBefore(cached.until())) {
            return cached.zone();
        }
        try {
            return lookUp(userId).get(WAIT.toMillis(), TimeUnit.MILLISECONDS).zone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        } catch (Exception e) {
            log.warn("users.info for {} failed or was slow ({}); using {} for now", userId, e.toString(), fallback);
            return fallback;
        }
    }

    /** The member's lookup in flight, or a new one; whatever it finds is kept for the next request. */
    private CompletableFuture<Known> lookUp(String userId) {
        CompletableFuture<Known> mine = new CompletableFuture<>();
        CompletableFuture<Known> running = inFlight.putIfAbsent(userId, mine);
        if (running != null) {
            return running;
        }
        try {
            CompletableFuture.supplyAsync(() -> fetch(userId), lookups).whenComplete((found, error) -> {
                known.put(userId, found != null ? found : new Known(fallback, clock.instant().plus(KEEP_FALLBACK)));
                inFlight.remove(userId, mine);
                if (found != null) {
                    mine.complete(found);
                } else {
                    mine.completeExceptionally(error);
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.remove(userId, mine); // the pool is full: the default zone this time, Slack asked next time
            mine.completeExceptionally(e);
        }
        return mine;
    }

    private Known fetch(String userId) {
        try {
            UsersInfoResponse response = slack.get().usersInfo(r -> r.user(userId));
            if (!response.isOk()) {
                log.warn("users.info for {} answered {}; using {} for a few minutes", userId, response.getError(),
                        fallback);
                return new Known(fallback, clock.instant().plus(KEEP_FALLBACK));
            }
            String tz = response.getUser() == null ? null : response.getUser().getTz();
            return new Known(tz == null ? fallback : ZoneId.of(tz), clock.instant().plus(KEEP));
        } catch (DateTimeException e) {
            return new Known(fallback, clock.instant().plus(KEEP));
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
