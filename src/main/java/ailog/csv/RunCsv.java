package ailog.csv;

import ailog.app.Runs;
import ailog.domain.EditType;
import ailog.domain.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The sheet of runs that export writes and import reads, for the command line and Slack alike: its columns, its CSV
 * dialect, one run as a row.
 */
public final class RunCsv {
    public static final List<String> COLUMNS = List.of("date", "user", "workflow", "outcome", "edit_type", "notes");
    public static final List<String> OPTIONAL_COLUMNS = List.of("edit_type", "notes");
    /** RFC 4180: commas, CRLF between records, quotes only where needed. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private RunCsv() {}

    /** The run's cells, each neutralised so that no spreadsheet runs it as a formula. */
    static List<String> cells(Run run) {
        return Stream.of(
                        run.runDate().toString(),
                        run.userId(),
                        run.workflow().value(),
                        run.outcome().key(),
                        run.editType().map(EditType::key).orElse(""),
                        run.notes())
                .map(SpreadsheetSafeCell::neutralise)
                .toList();
    }

    /**
     * Writes the header and every run in date order, one at a time (a million runs never sit in memory), flushes,
     * and leaves the writer open. Returns how many runs were written.
     */
    public static long write(Runs runs, Writer writer) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(COLUMNS);
        long[] count = {0};
        try {
            runs.forEach(run -> {
                try {
                    printer.printRecord(cells(run));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
        return count[0];
    }
}
