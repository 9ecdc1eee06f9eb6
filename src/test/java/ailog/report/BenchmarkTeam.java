package ailog.report;

import ailog.domain.EditType;
import ailog.domain.Outcome;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/** The benchmark's team as an import sheet: runs spread evenly over the days, in date order as they are logged. */
final class BenchmarkTeam {
    static final int RUNS = 1_000_000;
    static final int MEMBERS = 2_000;
    static final int WORKFLOWS = 40;
    static final int DAYS = 90;

    private BenchmarkTeam() {}

    static String user(int i) {
        return String.format("U%07d", i);
    }

    static String workflow(int i) {
        return String.format("wf-%02d", i);
    }

    /** Writes {@link #RUNS} rows ending on {@code today}; a fixed seed, so every run of the benchmark is alike. */
    static void writeCsv(Path file, LocalDate today) throws IOException {
        writeCsv(file, today, RUNS);
    }

    /** Writes {@code runs} rows ending on {@code today}, spread evenly over the days. */
    static void writeCsv(Path file, LocalDate today, int runs) throws IOException {
        Random random = new Random(42);
        Outcome[] outcomes = Outcome.values();
        EditType[] editTypes = EditType.values();
        try (BufferedWriter csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            csv.write("date,user,workflow,outcome,edit_type,notes\n");
            for (int i = 0; i < runs; i++) {
                LocalDate day = today.minusDays(DAYS - 1 - (long) i * DAYS / runs);
                Outcome outcome = outcomes[random.nextInt(outcomes.length)];
                String editType = outcome == Outcome.AS_IS || random.nextInt(3) == 0 ? ""
                        : editTypes[random.nextInt(editTypes.length)].key();
                csv.write(day + "," + user(random.nextInt(MEMBERS)) + "," + workflow(random.nextInt(WORKFLOWS)) + ","
                        + outcome.key() + "," + editType + ",\n");
            }
        }
    }
}
