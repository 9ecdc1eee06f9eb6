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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Members' time zones from Slack's {@code users.info}, kept for a day. A lookup that is slow or fails falls back to
 * the default zone, so Slack's 3-second acknowledgement is never at risk.
 */
public final class SlackMemberZones implements MemberZones {
    private static final Logger log = LoggerFactory.getLogger(SlackMemberZones.class);
    private static final Duration KEEP = Duration.ofHours(24);
    private static final Duration WAIT = Duration.ofMillis(1500);

    private record Known(ZoneId zone, Instant until) {}

    private final MethodsClient slack;
    private final ZoneId fallback;
    private final Clock clock;
    private final ExecutorService lookups;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public SlackMemberZones(MethodsClient slack, ZoneId fallback, Clock clock, ExecutorService lookups) {
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
        Optional<ZoneId> looked = lookUp(userId);
        looked.ifPresent(zone -> known.put(userId, new Known(zone, clock.instant().plus(KEEP))));
        return looked.orElse(fallback);
    }

    private Optional<ZoneId> lookUp(String userId) {
        try {
            return CompletableFuture.supplyAsync(() -> fetch(userId), lookups)
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            log.warn("users.info for {} failed or was slow ({}); using {}", userId, e.getMessage(), fallback);
            return Optional.empty();
        }
    }

    private Optional<ZoneId> fetch(String userId) {
        try {
            UsersInfoResponse response = slack.usersInfo(r -> r.user(userId));
            if (!response.isOk() || response.getUser() == null || response.getUser().getTz() == null) {
                log.warn("users.info for {} answered {}; using {}", userId, response.getError(), fallback);
                return Optional.of(fallback);
            }
            return Optional.of(ZoneId.of(response.getUser().getTz()));
        } catch (DateTimeException e) {
            return Optional.of(fallback);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
