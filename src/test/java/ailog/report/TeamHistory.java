package ailog.report;

import ailog.app.report.BuildReport;
import ailog.domain.Enrollment;
import ailog.domain.NewRun;
import ailog.domain.Run;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.Database;
import ailog.persistence.JooqEnrollments;
import ailog.persistence.JooqReportData;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import ailog.testing.RunToStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A team's history in a real SQLite file, stored through the real adapters, and the report built on it. */
final class TeamHistory implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T08:00:00Z"), ZoneOffset.UTC);

    final Database database;
    final JooqRuns runs;
    final JooqWorkflows workflows;
    final JooqEnrollments enrollments;

    private TeamHistory(Path file) {
        database = Database.open(file.toString());
        runs = new JooqRuns(database);
        workflows = new JooqWorkflows(database, CLOCK);
        enrollments = new JooqEnrollments(database);
    }

    static TeamHistory in(Path dir) {
        return new TeamHistory(dir.resolve("x.db"));
    }

    TeamHistory workflow(String key, String name) {
        workflows.add(new Workflow(new WorkflowKey(key), name, "UOWNER"));
        return this;
    }

    /** Enrolls the member, trained on the day on these workflows, against the target. */
    TeamHistory enroll(String user, String trainedOn, int target, String... trained) {
        enrollments.enroll(new Enrollment(0, user, LocalDate.parse(trainedOn),
                Arrays.stream(trained).map(WorkflowKey::new).toList(), target, ZoneId.of("Europe/Berlin"), "UOWNER",
                LocalDate.parse(trainedOn).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant(), Optional.empty()));
        return this;
    }

    TeamHistory log(RunToStore run) {
        return log(run.times(1));
    }

    TeamHistory log(List<NewRun> stored) {
        runs.saveAll(stored);
        return this;
    }

    JooqReportData reportData() {
        return new JooqReportData(database, runs, workflows, enrollments);
    }

    BuildReport buildReport(ZoneId zone, int targetPercent) {
        return new BuildReport(reportData(), zone, targetPercent);
    }

    List<Run> allRuns() {
        List<Run> all = new ArrayList<>();
        runs.forEach(all::add);
        return all;
    }

    @Override
    public void close() {
        database.close();
    }
}
