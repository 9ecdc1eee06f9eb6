package ailog.cli;

import ailog.app.Runs;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** The {@code export [--out FILE]} command: every run as UTF-8 CSV in date order, formula cells neutralised. */
public final class CsvExport {
    private static final String USAGE = "usage: ailog export [--out FILE]";

    private final Runs runs;
    private final PrintStream out;
    private final PrintStream err;

    public CsvExport(Runs runs, PrintStream out, PrintStream err) {
        this.runs = runs;
        this.out = out;
        this.err = err;
    }

    /** {@code args}: the words after {@code export}. Returns 0 when written, 1 when not, 2 on bad usage. */
    public int run(List<String> args) {
        if (args.isEmpty()) {
            return writeTo(new OutputStreamWriter(out, StandardCharsets.UTF_8), "standard output");
        }
        if (args.size() != 2 || !args.get(0).equals("--out")) {
            err.println(USAGE);
            return 2;
        }
        try {
            Path file = Path.of(args.get(1));
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                long count = write(writer);
                out.println("exported " + count + (count == 1 ? " run to " : " runs to ") + file);
                return 0;
            }
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            err.println("cannot export to " + args.get(1) + ": " + e.getMessage());
            return 1;
        }
    }

    private int writeTo(Writer stream, String name) {
        try {
            write(new BufferedWriter(stream));
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("cannot export to " + name + ": " + e.getMessage());
            return 1;
        }
    }

    /** Writes the header and every run, flushes, and leaves the writer open. */
    private long write(Writer writer) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, RunCsv.FORMAT);
        printer.printRecord(RunCsv.COLUMNS);
        long[] count = {0};
        runs.forEach(run -> {
            try {
                printer.printRecord(RunCsv.cells(run));
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
        return count[0];
    }
}
