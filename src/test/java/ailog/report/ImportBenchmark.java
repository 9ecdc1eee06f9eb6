package ailog.report;

import ailog.bench.DurablePostgres;
import ailog.cli.CsvImport;
import ailog.persistence.Database;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * {@code bench/import-benchmark.sh}: a million runs imported with {@code ailog import} into a fresh database, beside the
 * same import without the run table's secondary indexes (what they cost) and {@code sqlite3 .import} of the same file
 * into a bare table, each round in fresh files. {@code --db postgres} then times the same import on an embedded
 * PostgreSQL (fsync on), each round into a fresh database.
 */
public final class ImportBenchmark {
    private static final Instant AT = Instant.parse("2026-03-31T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);
    private static final List<String> SECONDARY_INDEXES =
            List.of("run_by_user_and_date", "run_by_user_and_logged_at", "run_by_date");

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = 3;
        boolean postgres = false;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--db" -> postgres = args[i + 1].startsWith("postgres");
                default -> throw new IllegalArgumentException(
                        "usage: bench/import-benchmark.sh [--rounds N] [--db sqlite|postgres]");
            }
        }
        Path dir = Files.createTempDirectory("ailog-import-bench");
        try {
            Path csv = dir.resolve("runs.csv");
            BenchmarkTeam.writeCsv(csv, LocalDate.ofInstant(AT, ZoneOffset.UTC));
            System.out.printf("%,d runs in a %d MB CSV; max heap %d MB%n", BenchmarkTeam.RUNS, Files.size(csv) >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            for (int round = 1; round <= rounds; round++) {
                long withIndexes = ailogImport(dir.resolve("indexed-" + round + ".db"), csv, false);
                long withoutIndexes = ailogImport(dir.resolve("bare-" + round + ".db"), csv, true);
                long sqlite3 = sqlite3Import(dir.resolve("sqlite3-" + round + ".db"), csv);
                System.out.printf("round %d: ailog import %,d ms (%.1fx sqlite3); without the secondary indexes %,d ms;"
                        + " sqlite3 .import into a bare table %,d ms%n", round, withIndexes,
                        (double) withIndexes / sqlite3, withoutIndexes, sqlite3);
                deleteDatabases(dir);
            }
            if (postgres) {
                try (DurablePostgres server = DurablePostgres.start(dir)) {
                    System.out.println(server.describe() + " (embedded, data on the same disk)");
                    for (int round = 1; round <= rounds; round++) {
                        long millis = ailogImport(server.createDatabase("ailog_import_" + round), csv);
                        System.out.printf("round %d: ailog import on PostgreSQL %,d ms%n", round, millis);
                    }
                }
            }
        } finally {
            deleteAll(dir);
        }
        System.exit(0); // the embedded server's output readers are not daemons
    }

    private static long ailogImport(Path file, Path csv, boolean dropSecondaryIndexes) {
        return ailogImport(file.toString(), csv, dropSecondaryIndexes);
    }

    private static long ailogImport(String location, Path csv) {
        return ailogImport(location, csv, false);
    }

    private static long ailogImport(String location, Path csv, boolean dropSecondaryIndexes) {
        try (Database database = Database.open(location)) {
            if (dropSecondaryIndexes) {
                database.write(dsl -> {
                    SECONDARY_INDEXES.forEach(index -> dsl.execute("drop index " + index));
                    return null;
                });
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            int exit = new CsvImport(new JooqRuns(database), new JooqWorkflows(database, CLOCK), CLOCK,
                    new PrintStream(out), System.err).run(List.of(csv.toString(), "--create-workflows"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (exit != 0) {
                throw new IllegalStateException("ailog import failed: exit " + exit + ", " + out);
            }
            return millis;
        }
    }

    private static long sqlite3Import(Path file, Path csv) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("sqlite3", file.toString(),
                "create table run_staging (date, user, workflow, outcome, edit_type, notes)",
                ".import --csv --skip 1 " + csv + " run_staging")
                .inheritIO()
                .start();
        int exit = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException("sqlite3 .import failed: exit " + exit);
        }
        return millis;
    }

    private static void deleteDatabases(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path path : files.filter(p -> p.getFileName().toString().endsWith(".db")
                    || p.getFileName().toString().contains(".db-")).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
