package ailog.domain.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A whole hour on a local date in a zone, as an instant. In a daylight-saving gap the hour moves forward (02:00
 * that does not exist becomes 03:00); in an overlap the earlier of the two is taken, so a slot is never twice.
 */
public final class LocalHour {
    private LocalHour() {}

    public static Instant at(LocalDate date, int hour, ZoneId zone) {
        return ZonedDateTime.ofLocal(date.atTime(LocalTime.of(hour, 0)), zone, null).withEarlierOffsetAtOverlap()
                .toInstant();
    }
}
