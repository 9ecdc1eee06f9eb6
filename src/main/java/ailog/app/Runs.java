package ailog.app;

import ailog.domain.NewRun;
import ailog.domain.Run;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.DayTotal;
import ailog.domain.metrics.LoggedBetween;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.RunCount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where logged runs are kept. */
public interface Runs {
    /** Stores the run, or nothing and empty when a run with the same request key is already stored. */
    Optional<Run> saveOnce(NewRun run);

    /** Hands runs over one at a time, so that a large import need not hold them all. */
    @FunctionalInterface
    interface Feed {
        void each(Consumer<NewRun> store);
    }

    /** Stores every run the feed hands over, in one transaction: all of them, or none when the feed throws. */
    void saveAll(Feed feed);

    /** Stores every run in one transaction: all or none. */
    default void saveAll(List<NewRun> runs) {
        saveAll(runs::forEach);
    }

    Optional<Run> find(long id);

    /** The member's runs dated from {@code from} to {@code to}, both included. */
    List<Run> ofMemberBetween(String userId, LocalDate from, LocalDate to);

    /** One workflow's runs, everyone's, dated from {@code from} to {@code to}: before and after a change. */
    List<Run> ofWorkflowBetween(WorkflowKey workflow, LocalDate from, LocalDate to);

    /** Acceptance over the member's runs dated from {@code from} to {@code to}: what every log reply shows. */
    ailog.domain.metrics.AcceptanceRate acceptanceOfMemberBetween(String userId, LocalDate from, LocalDate to);

    /** The member's runs dated in {@code dates} and logged in {@code logged}, by workflow, outcome and edit type. */
    List<RunCount> countsOfMember(String userId, ReportWindow dates, LoggedBetween logged);

    /** Runs dated in {@code dates} and logged in {@code logged}, of one member or everyone, per day. */
    List<DayTotal> dayTotalsLogged(Optional<String> userId, ReportWindow dates, LoggedBetween logged);

    /** The member's runs dated from {@code from} to {@code to}, counted by day, workflow, outcome and edit type. */
    List<ailog.domain.metrics.DatedRunCount> dailyCountsOfMemberBetween(String userId, LocalDate from, LocalDate to);

    /** Everyone's runs and accepted runs per day, from {@code from} to {@code to}: the weekly chart's data. */
    List<DayTotal> dailyTotals(LocalDate from, LocalDate to);

    /** How many of these members logged at least one run dated from {@code from} to {@code to}. */
    int membersWithRunsBetween(java.util.Collection<String> userIds, LocalDate from, LocalDate to);

    /** The member's most recently logged run, if logged at or after {@code since}. */
    Optional<Run> latestLoggedSince(String userId, Instant since);

    /** The workflows the member logged most recently, newest first. */
    List<WorkflowKey> recentWorkflows(String userId, int limit);

    boolean delete(long id);

    /** Every run in date order, one at a time. */
    void forEach(Consumer<Run> action);
}
