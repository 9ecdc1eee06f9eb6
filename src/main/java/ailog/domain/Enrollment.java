package ailog.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A trainee enrolled after a training session: day 0 is the training day in their own zone; check-ins follow for
 * four weeks and the assessment on day 42. Messages due before {@code enrolledAt} are skipped, never sent late.
 */
public record Enrollment(
        long id,
        String userId,
        LocalDate trainedOn,
        List<WorkflowKey> workflows,
        int targetPercent,
        ZoneId zone,
        String enrolledBy,
        Instant enrolledAt,
        Optional<LocalDate> pausedUntil) {

    public Enrollment {
        workflows = List.copyOf(workflows);
        if (workflows.isEmpty()) {
            throw new IllegalArgumentException("an enrollment names at least one workflow");
        }
        if (targetPercent < 1 || targetPercent > 100) {
            throw new IllegalArgumentException("a target is 1–100 percent");
        }
    }

    /** Week k (k ≥ 1) is days 7(k−1)+1 … 7k after training. */
    public LocalDate firstDayOfWeek(int week) {
        return trainedOn.plusDays(7L * (week - 1) + 1);
    }

    public LocalDate lastDayOfWeek(int week) {
        return trainedOn.plusDays(7L * week);
    }

    public boolean pausedOn(LocalDate day) {
        return pausedUntil.map(until -> !day.isAfter(until)).orElse(false);
    }

    public boolean trained(WorkflowKey workflow) {
        return workflows.contains(workflow);
    }
}
