package ailog.testing;

import ailog.app.report.ReportData;
import ailog.domain.metrics.ReportInput;
import ailog.domain.metrics.ReportWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Report data for use-case tests: no catalog, no runs; each request it answers is handed to a listener. */
public final class FixedReportData implements ReportData {
    /** What the use case asked for. */
    public record Asked(ReportWindow window, LocalDate today, int target, Optional<Instant> loggedBy) {}

    private final Consumer<Asked> listener;
    private final Optional<LocalDate> latestRunDate;

    private FixedReportData(Consumer<Asked> listener, Optional<LocalDate> latestRunDate) {
        this.listener = listener;
        this.latestRunDate = latestRunDate;
    }

    public static FixedReportData empty() {
        return new FixedReportData(asked -> { }, Optional.empty());
    }

    /** No runs but one dated {@code latestRunDate}, as a member ahead in time would have logged it. */
    public static FixedReportData withLatestRunOn(LocalDate latestRunDate, Consumer<Asked> listener) {
        return new FixedReportData(listener, Optional.of(latestRunDate));
    }

    public static FixedReportData listening(Consumer<Asked> listener) {
        return new FixedReportData(listener, Optional.empty());
    }

    @Override
    public ReportInput input(ReportWindow window, LocalDate today, int targetPercent, Optional<Instant> loggedBy) {
        listener.accept(new Asked(window, today, targetPercent, loggedBy));
        return new ReportInput(window, today, targetPercent, List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    @Override
    public Optional<LocalDate> latestRunDateUpTo(LocalDate day) {
        return latestRunDate.filter(latest -> !latest.isAfter(day));
    }
}
