package ailog.report;

import ailog.app.report.BuildReport;
import ailog.bench.DurablePostgres;
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
import java.util.Map;
import java.util.Optional;

/**
 * {@code bench/report-benchmark.sh}: a million runs imported, then {@code report --json} timed beside plain SQL; with
 * {@code --db postgres}, the same on PostgreSQL too, both printed side by side.
 */
public final class ReportBenchmark {
    private static final Instant AT = Instant.parse("2026-03-31T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-31");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);
    private static final int REPEATS = 5;
    /** The PostgreSQL report's target: within this factor of SQLite's. */
    private static final double POSTGRES_TARGET = 2.0;
    private static final String USAGE = "usage: bench/report-benchmark.sh [--db sqlite|postgres] [--runs N]"
            + "\n  defaults: --db sqlite --runs 1000000; --db postgres times SQLite and PostgreSQL side by side";

    /** What one database did: the import, the reports (the first cold) and the plain SQL's second pass. */
    private record Figures(String database, long importMillis, List<Long> reportMillis, Map<String, Long> plainSql) {
        /** The median of the reports after the first. */
        long warmMedian() {
            List<Long> warm = reportMillis.subList(1, reportMillis.size()).stream().sorted().toList();
            return warm.get(warm.size() / 2);
        }
    }

    private ReportBenchmark() {}

    /** What one run does: SQLite alone or beside PostgreSQL, and how many runs the sheet holds. */
    private record Options(boolean postgres, int runs) {
        static Options parse(String[] args) {
            boolean postgres = false;
            int runs = BenchmarkTeam.RUNS;
            for (int i = 0; i < args.length; i += 2) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--db" -> postgres = switch (value) {
                        case "sqlite" -> false;
                        case "postgres", "postgresql" -> true;
                        default -> throw new IllegalArgumentException("--db must be sqlite or postgres, not '"
                                + value + "'");
                    };
                    case "--runs" -> runs = runs(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(postgres, runs);
        }

        private static int runs(String value) {
            try {
                int runs = Integer.parseInt(value);
                if (runs >= 1) {
                    return runs;
                }
            } catch (NumberFormatException e) {
                // told below
            }
            throw new IllegalArgumentException("--runs must be a whole number of at least 1, such as --runs 100000,"
                    + " not '" + value + "'");
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        boolean postgres = options.postgres();
        int runs = options.runs();
        Path dir = Files.createTempDirectory("ailog-report-bench");
        Path csv = dir.resolve("runs.csv");
        System.out.printf("max heap %d MB; %s%n", Runtime.getRuntime().maxMemory() >> 20, dir);
        BenchmarkTeam.writeCsv(csv, TODAY, runs);
        System.out.printf("wrote %,d runs to CSV (%d MB)%n", runs, Files.size(csv) >> 20);
        try {
            List<Figures> figures = new ArrayList<>();
            Path file = dir.resolve("bench.db");
            figures.add(measure("SQLite", file.toString(), csv, () -> sqliteImport(file, csv)));
            if (postgres) {
                try (DurablePostgres server = DurablePostgres.start(dir)) {
                    System.out.println();
                    System.out.println(server.describe() + " (embedded, data on the same disk as the SQLite file)");
                    figures.add(measure("PostgreSQL", server.createDatabase("ailog_report"), csv, () -> { }));
                }
                compare(figures.get(0), figures.get(1));
            }
        } finally {
            deleteAll(dir);
        }
        System.exit(0); // the embedded server's output readers are not daemons
    }

    /** Something timed beside the import, for comparison. */
    @FunctionalInterface
    private interface Beside {
        void run() throws IOException, InterruptedException;
    }

    private static Figures measure(String name, String location, Path csv, Beside beside) throws Exception {
        System.out.println();
        System.out.println("== " + name);
        try (Database database = Database.open(location)) {
            JooqRuns runs = new JooqRuns(database);
            JooqWorkflows workflows = new JooqWorkflows(database, CLOCK);
            JooqEnrollments enrollments = new JooqEnrollments(database);
            setUp(workflows, enrollments);
            resetPeaks();
            long start = System.nanoTime();
            int imported = new CsvImport(runs, workflows, CLOCK, System.out, System.err).run(List.of(csv.toString()));
            long importMillis = millisSince(start);
            System.out.printf("CsvImport: exit %d in %,d ms, peak heap <= %d MB%n", imported, importMillis,
                    peakHeapMb());
            beside.run();
            BuildReport build = new BuildReport(new JooqReportData(database, runs, workflows, enrollments),
                    ZoneId.of("UTC"), 70);
            List<Long> reportMillis = timeReport(build);
            System.out.println("plain SQL over JDBC, ms: " + PlainSqlReport.time(database.url(), TODAY, 7));
            Map<String, Long> plainSql = PlainSqlReport.time(database.url(), TODAY, 7);
            System.out.println("plain SQL over JDBC, ms: " + plainSql);
            return new Figures(name, importMillis, reportMillis, plainSql);
        }
    }

    /** Both databases side by side, and how far PostgreSQL's report is from its target. */
    private static void compare(Figures sqlite, Figures postgres) {
        System.out.println();
        System.out.printf("%-44s %12s %12s%n", "", sqlite.database(), postgres.database());
        System.out.printf("%-44s %,9d ms %,9d ms%n", "import (CsvImport)", sqlite.importMillis(),
                postgres.importMillis());
        System.out.printf("%-44s %,9d ms %,9d ms%n", "report --json, first in this JVM", sqlite.reportMillis().get(0),
                postgres.reportMillis().get(0));
        System.out.printf("%-44s %,9d ms %,9d ms%n", "report --json, median of the warm ones", sqlite.warmMedian(),
                postgres.warmMedian());
        System.out.printf("%-44s %,9d ms %,9d ms%n", "plain SQL over JDBC, total",
                sqlite.plainSql().get("total"), postgres.plainSql().get("total"));
        double ratio = (double) postgres.warmMedian() / sqlite.warmMedian();
        System.out.printf("report --json PostgreSQL/SQLite (warm medians): %.2fx, target within %.1fx: %s%n", ratio,
                POSTGRES_TARGET, ratio <= POSTGRES_TARGET ? "met" : "MISSED");
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

    private static List<Long> timeReport(BuildReport build) {
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
        return millis;
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
