package ailog.domain.metrics;

import java.time.LocalDate;

/** One week of a trend, the team's or a member's: runs and acceptance in the seven days from {@code start}. */
public record WeekPoint(LocalDate start, AcceptanceRate acceptance) {
    public int runs() {
        return acceptance.runs();
    }
}
