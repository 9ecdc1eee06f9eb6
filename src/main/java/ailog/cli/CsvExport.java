package ailog.cli;

import ailog.app.Runs;
import ailog.csv.RunCsv;
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

/**
 * The {@code export [--out FILE]} command: every run as UTF-8 CSV in date order, formula cells neutralised; a file
 * appears only once complete, and never over a database.
 */
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
            String refusal = OutputFile.refusal(file);
            if (refusal != null) {
                err.println("not exporting: " + refusal);
                return 1;
            }
            long[] count = {0};
            OutputFile.write(file, partial -> {
                try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    count[0] = RunCsv.write(runs, writer);
                }
            });
            out.println("exported " + count[0] + (count[0] == 1 ? " run to " : " runs to ") + file);
            return 0;
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            err.println("cannot export to " + args.get(1) + ": " + e.getMessage());
            return 1;
        }
    }

    private int writeTo(Writer stream, String name) {
        try {
            RunCsv.write(runs, new BufferedWriter(stream));
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("cannot export to " + name + ": " + e.getMessage());
            return 1;
        }
    }
}
