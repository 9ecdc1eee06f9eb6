package ailog.domain.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** The owner's weekly report: every report day at the report hour in the owner's own zone. */
public final class ReportSchedule {
    private ReportSchedule() {}

    /** The latest report slot of this owner due by {@code now}, if one is due. */
    public static Optional<Slot> latestDue(String owner, ZoneId zone, DayOfWeek day, int hour, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate reportDay = today.with(TemporalAdjusters.previousOrSame(day));
        Instant dueAt = LocalHour.at(reportDay, hour, zone);
        if (dueAt.isAfter(now)) {
            reportDay = reportDay.minusWeeks(1);
            dueAt = LocalHour.at(reportDay, hour, zone);
        }
        return Optional.of(new Slot("report:" + owner + ":" + reportDay, MessageKind.WEEKLY_REPORT, owner,
                reportDay.toString(), dueAt));
    }
}
