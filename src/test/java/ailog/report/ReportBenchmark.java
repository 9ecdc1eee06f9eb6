package ailog.report;

import ailog.app.report.BuildReport;
import ailog.cli.CsvImport;
import ailog.cli.ReportCommand;
import ailog.domain.Enrollment;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.Database;
import ailog.persistence.JooqEnrollments;
import ailog.persistence.JooqReportData;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code bench/report-benchmark.sh}: a million runs imported, then {@code report --json} timed beside plain SQL. */
public final class ReportBenchmark {
    private static final Instant AT = Instant.parse("2026-03-31T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-31");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);
    private static final int REPEATS = 5;

    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ailog-report-bench");
        Path csv = dir.resolve("runs.csv");
        Path file = dir.resolve("bench.db");
        System.out.printf("max heap %d MB; %s%n", Runtime.getRuntime().maxMemory() >> 20, dir);
        BenchmarkTeam.writeCsv(csv, TODAY);
        System.out.printf("wrote %,d runs to CSV (%d MB)%n", BenchmarkTeam.RUNS, Files.size(csv) >> 20);
        try (Database database = Database.open(file.toString())) {
            JooqRuns runs = new JooqRuns(database);
            JooqWorkflows workflows = new JooqWorkflows(database, CLOCK);
            JooqEnrollments enrollments = new JooqEnrollments(database);
            setUp(workflows, enrollments);
            resetPeaks();
            long start = System.nanoTime();
            int imported = new CsvImport(runs, workflows, CLOCK, System.out, System.err).run(List.of(csv.toString()));
            System.out.printf("CsvImport: exit %d in %,d ms, peak heap <= %d MB%n", imported, millisSince(start),
                    peakHeapMb());
            sqliteImport(file, csv);
            BuildReport build = new BuildReport(new JooqReportData(database, runs, workflows, enrollments),
                    ZoneId.of("UTC"), 70);
            timeReport(build);
            System.out.println("plain SQL over JDBC, ms: " + PlainSqlReport.time(database.url(), TODAY, 7));
            System.out.println("plain SQL over JDBC, ms: " + PlainSqlReport.time(database.url(), TODAY, 7));
        } finally {
            deleteAll(dir);
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The catalog, and 300 enrollments trained over the 90 days, so that about 20 assessments come due this week. */
    private static void setUp(JooqWorkflows workflows, JooqEnrollments enrollments) {
        for (int i = 0; i < BenchmarkTeam.WORKFLOWS; i++) {
            workflows.add(new Workflow(new WorkflowKey(BenchmarkTeam.workflow(i)), "Workflow " + i, "UOWNER"));
        }
        for (int i = 0; i < 300; i++) {
            enrollments.enroll(new Enrollment(0, BenchmarkTeam.user(i * 7), TODAY.minusDays(i % BenchmarkTeam.DAYS),
                    List.of(new WorkflowKey(BenchmarkTeam.workflow(i % 40)), new WorkflowKey(BenchmarkTeam.workflow(
                            (i + 1) % 40))), 70, ZoneId.of("UTC"), "UOWNER",
                    TODAY.minusDays(i % BenchmarkTeam.DAYS).atStartOfDay(ZoneId.of("UTC")).toInstant(), Optional.empty()));
        }
    }

    private static void timeReport(BuildReport build) {
        System.gc();
        resetPeaks();
        List<Long> millis = new ArrayList<>();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        for (int i = 0; i < REPEATS; i++) {
            json.reset();
            ReportCommand command = new ReportCommand(build, new PrintStream(json), System.err, CLOCK);
            long start = System.nanoTime();
            command.run(List.of("--json"));
            millis.add(millisSince(start));
        }
        System.out.printf("report --json through BuildReport: %s ms (first is cold), %,d bytes of JSON,"
                + " peak heap <= %d MB%n", millis, json.size(), peakHeapMb());
        System.out.println("  " + build.report(7, AT).headline());
    }

    private static void sqliteImport(Path file, Path csv) throws IOException, InterruptedException {
        Optional<Path> sqlite3 = onPath("sqlite3");
        if (sqlite3.isEmpty()) {
            System.out.println("sqlite3 import: the sqlite3 binary is absent, not timed");
            return;
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder(sqlite3.get().toString(), file.toString(),
                "create table run_staging (date, user, workflow, outcome, edit_type, notes)",
                ".import --csv --skip 1 " + csv + " run_staging")
                .inheritIO()
                .start();
        int exit = process.waitFor();
        System.out.printf("sqlite3 .import --csv --skip 1 into run_staging: exit %d in %,d ms%n", exit,
                millisSince(start));
        new ProcessBuilder(sqlite3.get().toString(), file.toString(), "drop table run_staging").inheritIO().start()
                .waitFor();
    }

    private static Optional<Path> onPath(String binary) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).stream()
                .map(folder -> Path.of(folder, binary))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap pools' peaks added up: an upper bound, as each pool peaks at its own moment. */
    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() >> 20;
    }
}
