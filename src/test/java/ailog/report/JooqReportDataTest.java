package ailog.report;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.Enrollment;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.Run;
import ailog.domain.metrics.Aggregates;
import ailog.domain.metrics.ReportInput;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.TeamReport;
import ailog.domain.metrics.TeamReportAssembly;
import ailog.testing.RunToStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** The SQL aggregates equal the in-memory reference ({@link Aggregates}) on a random-ish team, whatever the window. */
class JooqReportDataTest {
    static final LocalDate TODAY = LocalDate.parse("2026-03-31");
    static final List<String> WORKFLOWS = List.of("proposal", "status-update", "support-reply", "brief", "faq", "memo");

    @TempDir
    static Path dir;
    static TeamHistory history;

    @BeforeAll
    static void storeARandomTeam() {
        Random random = new Random(20260331);
        history = TeamHistory.in(dir);
        WORKFLOWS.forEach(key -> history.workflow(key, "The " + key));
        List<NewRun> runs = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            Outcome outcome = Outcome.values()[random.nextInt(4)];
            EditType editType = outcome == Outcome.AS_IS || random.nextInt(4) == 0 ? null
                    : EditType.values()[random.nextInt(EditType.values().length)];
            runs.add(RunToStore.aRun()
                    .by("U" + random.nextInt(40))
                    .of(WORKFLOWS.get(random.nextInt(WORKFLOWS.size())))
                    .on(TODAY.minusDays(random.nextInt(400) - 3))
                    .with(outcome, editType)
                    .build());
        }
        history.log(runs);
        for (int i = 0; i < 45; i += 3) {
            history.enroll("U" + i, TODAY.minusDays(random.nextInt(200) - 10).toString(), 50 + i,
                    WORKFLOWS.get(i % WORKFLOWS.size()), WORKFLOWS.get((i + 1) % WORKFLOWS.size()));
        }
    }

    @AfterAll
    static void close() {
        history.close();
    }

    static Stream<Arguments> windows() {
        return Stream.of(
                Arguments.of(ReportWindow.lastDays(7, TODAY), TODAY),
                Arguments.of(ReportWindow.lastDays(28, TODAY.minusDays(40)), TODAY.minusDays(40)),
                Arguments.of(ReportWindow.lastDays(120, TODAY), TODAY),
                Arguments.of(ReportWindow.lastDays(365, TODAY), TODAY),
                Arguments.of(ReportWindow.lastDays(1, TODAY.minusDays(2)), TODAY.minusDays(2)),
                Arguments.of(new ReportWindow(TODAY.minusDays(300), TODAY.minusDays(150)), TODAY));
    }

    @ParameterizedTest
    @MethodSource("windows")
    void theSqlAggregatesEqualTheInMemoryOnes(ReportWindow window, LocalDate today) {
        List<Run> all = history.allRuns();
        List<Enrollment> enrollments = history.enrollments.all();

        ReportInput input = history.reportData().input(window, today, 70, Optional.empty());

        assertThat(input.workflows()).isEqualTo(Aggregates.perWorkflow(all, window));
        assertThat(input.members()).isEqualTo(Aggregates.perMember(all, window, today, enrollments));
        assertThat(input.enrollments()).isEqualTo(enrollments);
        assertThat(input.catalog()).isEqualTo(history.workflows.all());
        assertThat(input.assessmentRuns()).isEqualTo(assessmentRuns(all, enrollments, window, today));
    }

    @ParameterizedTest
    @MethodSource("windows")
    void theReportFromSqlEqualsTheReportFromEveryRun(ReportWindow window, LocalDate today) {
        List<Run> all = history.allRuns();
        List<Enrollment> enrollments = history.enrollments.all();
        ReportInput inMemory = new ReportInput(window, today, 70, history.workflows.all(), enrollments,
                Aggregates.perWorkflow(all, window), Aggregates.perMember(all, window, today, enrollments),
                assessmentRuns(all, enrollments, window, today));

        assertThat(TeamReport.of(history.reportData().input(window, today, 70, Optional.empty())))
                .isEqualTo(TeamReport.of(inMemory));
    }

    @org.junit.jupiter.api.Test
    void theRandomTeamHasWhatTheComparisonNeeds() {
        ReportInput year = history.reportData()
                .input(ReportWindow.lastDays(365, TODAY), TODAY, 70, Optional.empty());

        assertThat(history.allRuns()).anyMatch(r -> r.runDate().isAfter(TODAY));
        assertThat(year.assessmentRuns().values()).anyMatch(runs -> !runs.isEmpty());
        assertThat(year.members()).anyMatch(m -> m.firstRunAfterTraining().isPresent());
        assertThat(history.reportData().input(ReportWindow.lastDays(7, TODAY), TODAY, 70, Optional.empty()).members())
                .anyMatch(m -> m.runsInWindow() == 0);
    }

    private static Map<Long, List<Run>> assessmentRuns(List<Run> all, List<Enrollment> enrollments,
            ReportWindow window, LocalDate today) {
        return TeamReportAssembly.assessmentsDue(enrollments, window, today).stream()
                .collect(Collectors.toMap(Enrollment::id, e -> all.stream()
                        .filter(r -> r.userId().equals(e.userId()))
                        .filter(r -> !r.runDate().isBefore(e.firstDayOfWeek(1)))
                        .filter(r -> !r.runDate().isAfter(e.lastDayOfWeek(6)))
                        .toList()));
    }
}
