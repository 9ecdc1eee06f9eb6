package ailog.cli;

import ailog.app.Runs;
import ailog.app.Workflows;
import ailog.cli.ImportRowReader.Invalid;
import ailog.cli.ImportRowReader.Valid;
import ailog.domain.WorkflowKey;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** The {@code import FILE.csv [--create-workflows]} command: checks every row of a sheet, then stores all or none. */
public final class CsvImport {
    private static final String USAGE = "usage: ailog import FILE.csv [--create-workflows]";
    private static final String CREATE_WORKFLOWS = "--create-workflows";

    private final Runs runs;
    private final Workflows workflows;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    public CsvImport(Runs runs, Workflows workflows, Clock clock, PrintStream out, PrintStream err) {
        this.runs = runs;
        this.workflows = workflows;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /** {@code args}: the words after {@code import}. Returns 0 when imported, 1 when nothing was, 2 on bad usage. */
    public int run(List<String> args) {
        List<String> files = args.stream().filter(a -> !a.equals(CREATE_WORKFLOWS)).toList();
        if (files.size() != 1 || files.get(0).startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        ImportWorkflows catalog = new ImportWorkflows(workflows, args.contains(CREATE_WORKFLOWS));
        try {
            return importFrom(Path.of(files.get(0)), catalog);
        } catch (InvalidPathException | BadFileException e) {
            err.println("cannot import " + files.get(0) + ": " + e.getMessage());
            return 1;
        }
    }

    /** Checks every row, keeping none; then, if all are good, reads the file again and stores them as it goes. */
    private int importFrom(Path file, ImportWorkflows catalog) throws BadFileException {
        // a zone ahead of UTC may already be on tomorrow
        LocalDate latestDate = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        long[] badRows = {0};
        try (ImportSheet sheet = ImportSheet.open(file)) {
            ImportRowReader reader = new ImportRowReader(sheet.header(), catalog, latestDate, clock.instant());
            sheet.forEachRow((line, row) -> {
                if (reader.read(row) instanceof Invalid invalid) {
                    err.println("line " + line + ": " + String.join("; ", invalid.problems()));
                    badRows[0]++;
                }
            });
        }
        if (badRows[0] > 0) {
            err.println(count(badRows[0], "bad row") + "; nothing was imported");
            return 1;
        }
        return store(file, catalog, latestDate);
    }

    private int store(Path file, ImportWorkflows catalog, LocalDate latestDate) throws BadFileException {
        long[] stored = {0};
        try (ImportSheet sheet = ImportSheet.open(file)) {
            ImportRowReader reader = new ImportRowReader(sheet.header(), catalog, latestDate, clock.instant());
            List<WorkflowKey> added = catalog.addMissing();
            runs.saveAll(store -> forEachRow(sheet, (line, row) -> {
                if (!(reader.read(row) instanceof Valid valid)) {
                    throw new ChangedMeanwhile("line " + line + " changed while importing");
                }
                store.accept(valid.run());
                stored[0]++;
            }));
            out.println("imported " + count(stored[0], "run") + addedText(added));
            return 0;
        } catch (ChangedMeanwhile e) {
            err.println("cannot import " + file + ": " + e.getMessage() + "; nothing was imported");
            return 1;
        } catch (RuntimeException e) {
            err.println("cannot store the runs: " + e.getMessage() + "; nothing was imported");
            return 1;
        }
    }

    /** The rows again, a file that has become unreadable since they were checked failing the whole import. */
    private static void forEachRow(ImportSheet sheet, ImportSheet.RowHandler handler) {
        try {
            sheet.forEachRow(handler);
        } catch (BadFileException e) {
            throw new ChangedMeanwhile(e.getMessage());
        }
    }

    /** The file changed between checking and storing its rows: the transaction is rolled back. */
    private static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile(String message) {
            super(message);
        }
    }

    private static String addedText(List<WorkflowKey> added) {
        return added.isEmpty() ? "" : "; added " + count(added.size(), "workflow") + ": "
                + added.stream().map(WorkflowKey::value).collect(Collectors.joining(", "));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
