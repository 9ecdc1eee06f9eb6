package ailog.app;

import java.time.ZoneId;

/** Each member's own time zone, so "today" and "this week" are theirs. */
public interface MemberZones {
    ZoneId zoneOf(String userId);
}
