package ailog.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today as each member sees it, in their own time zone. */
public final class MemberClock {
    private final MemberZones zones;
    private final Clock clock;

    public MemberClock(MemberZones zones, Clock clock) {
        this.zones = zones;
        this.clock = clock;
    }

    public LocalDate today(String userId) {
        return LocalDate.ofInstant(clock.instant(), zones.zoneOf(userId));
    }

    public ZoneId zoneOf(String userId) {
        return zones.zoneOf(userId);
    }

    public Instant now() {
        return clock.instant();
    }
}
