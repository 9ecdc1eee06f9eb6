package ailog.domain.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The last N weeks up to a day, each week's runs and acceptance, oldest first: the weekly report's chart, and a
 * member's six calendar weeks when the day is a Sunday.
 */
public final class WeeklyTrend {
    private WeeklyTrend() {}

    /** The first day the trend covers. */
    public static LocalDate start(LocalDate lastDay, int weeks) {
        return lastDay.minusDays(7L * weeks - 1);
    }

    public static List<WeekPoint> of(List<DayTotal> days, LocalDate lastDay, int weeks) {
        LocalDate start = start(lastDay, weeks);
        int[] runs = new int[weeks];
        int[] accepted = new int[weeks];
        for (DayTotal day : days) {
            long index = ChronoUnit.DAYS.between(start, day.day()) / 7;
            if (!day.day().isBefore(start) && index < weeks) {
                runs[(int) index] += day.runs();
                accepted[(int) index] += day.accepted();
            }
        }
        List<WeekPoint> points = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            points.add(new WeekPoint(start.plusWeeks(week), new AcceptanceRate(accepted[week], runs[week])));
        }
        return points;
    }
}
