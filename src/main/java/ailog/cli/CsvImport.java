package ailog.cli;

import ailog.app.Runs;
import ailog.app.Workflows;
import ailog.cli.ImportRowReader.Invalid;
import ailog.cli.ImportRowReader.Valid;
import ailog.domain.NewRun;
import ailog.domain.WorkflowKey;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    private int importFrom(Path file, ImportWorkflows catalog) throws BadFileException {
        List<NewRun> valid = new ArrayList<>();
        long[] badRows = {0};
        try (ImportSheet sheet = ImportSheet.open(file)) {
            // a zone ahead of UTC may already be on tomorrow
            LocalDate latestDate = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
            ImportRowReader reader = new ImportRowReader(sheet.header(), catalog, latestDate, clock.instant());
            sheet.forEachRow((line, row) -> {
                ImportRowReader.Checked checked = reader.read(row);
                if (checked instanceof Invalid invalid) {
                    err.println("line " + line + ": " + String.join("; ", invalid.problems()));
                    badRows[0]++;
                    valid.clear(); // nothing will be stored, so keep no more than needed
                } else if (badRows[0] == 0) {
                    valid.add(((Valid) checked).run());
                }
            });
        }
        if (badRows[0] > 0) {
            err.println(count(badRows[0], "bad row") + "; nothing was imported");
            return 1;
        }
        return store(valid, catalog);
    }

    private int store(List<NewRun> valid, ImportWorkflows catalog) {
        try {
            List<WorkflowKey> added = catalog.addMissing();
            runs.saveAll(valid);
            out.println("imported " + count(valid.size(), "run") + addedText(added));
            return 0;
        } catch (RuntimeException e) {
            err.println("cannot store the runs: " + e.getMessage() + "; nothing was imported");
            return 1;
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
