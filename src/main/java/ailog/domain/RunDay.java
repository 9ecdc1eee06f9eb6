package ailog.domain;

import java.time.LocalDate;
import java.util.Optional;

/** The day a run happened, as the member said it: today, some days back, or a date. */
public record RunDay(Optional<LocalDate> date, int daysBack) {
    public static RunDay today() {
        return new RunDay(Optional.empty(), 0);
    }

    public static RunDay yesterday() {
        return new RunDay(Optional.empty(), 1);
    }

    public static RunDay on(LocalDate date) {
        return new RunDay(Optional.of(date), 0);
    }

    public LocalDate resolve(LocalDate today) {
        return date.orElse(today.minusDays(daysBack));
    }
}
