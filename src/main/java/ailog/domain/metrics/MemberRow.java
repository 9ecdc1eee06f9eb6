package ailog.domain.metrics;

import ailog.domain.Enrollment;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** One member's line in the report; time to first run only for enrolled members, at risk only for them too. */
public record MemberRow(String userId, AcceptanceRate acceptance, int workflowCount90d,
        OptionalInt timeToFirstRunDays, Segment segment, boolean atRisk) {
    public MemberRow {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(segment, "segment");
    }

    /** The member's figures read against their latest enrollment, if any, as of today. */
    static MemberRow of(MemberAggregate figures, Optional<Enrollment> latest, LocalDate today) {
        OptionalInt timeToFirstRun = latest
                .map(e -> TimeToFirstRun.of(e.trainedOn(), figures.firstRunAfterTraining()).days())
                .orElse(OptionalInt.empty());
        return new MemberRow(figures.userId(), figures.acceptance(), figures.distinctWorkflows90d(), timeToFirstRun,
                figures.segment(), AtRisk.member(latest.isPresent(), figures.lastRunDate(), today));
    }

    public int runs() {
        return acceptance.runs();
    }

    public boolean active() {
        return runs() > 0;
    }
}
