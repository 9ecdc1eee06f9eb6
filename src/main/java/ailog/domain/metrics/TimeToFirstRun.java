package ailog.domain.metrics;

import ailog.domain.Enrollment;
import ailog.domain.Run;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** Days from the training day (day 0) to the member's first run dated after it; none until there is one. */
public record TimeToFirstRun(LocalDate trainedOn, Optional<LocalDate> firstRun) {
    public TimeToFirstRun {
        Objects.requireNonNull(trainedOn, "trainedOn");
        if (firstRun.isPresent() && !firstRun.get().isAfter(trainedOn)) {
            throw new IllegalArgumentException("the first run after training " + trainedOn + " cannot be on "
                    + firstRun.get());
        }
    }

    /** The member's earliest run after the training day; runs on day 0 itself were part of the training. */
    public static TimeToFirstRun of(Enrollment enrollment, List<Run> runs) {
        Optional<LocalDate> first = runs.stream()
                .filter(r -> r.userId().equals(enrollment.userId()))
                .map(Run::runDate)
                .filter(day -> day.isAfter(enrollment.trainedOn()))
                .min(LocalDate::compareTo);
        return new TimeToFirstRun(enrollment.trainedOn(), first);
    }

    /** From a date the database found; one not after the training day is no first run. */
    public static TimeToFirstRun of(LocalDate trainedOn, Optional<LocalDate> earliestRunAfterTraining) {
        return new TimeToFirstRun(trainedOn, earliestRunAfterTraining.filter(day -> day.isAfter(trainedOn)));
    }

    public OptionalInt days() {
        return firstRun.map(day -> OptionalInt.of((int) ChronoUnit.DAYS.between(trainedOn, day)))
                .orElse(OptionalInt.empty());
    }

    /** The days, or null when there is no run after training yet (as JSON shows it). */
    public Integer daysOrNull() {
        OptionalInt days = days();
        return days.isPresent() ? days.getAsInt() : null;
    }
}
