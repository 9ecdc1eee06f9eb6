package ailog.cli;

import ailog.domain.EditType;
import ailog.domain.Run;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;

/** The sheet of runs that export writes and import reads: its columns, its CSV dialect, one run as a row. */
final class RunCsv {
    static final List<String> COLUMNS = List.of("date", "user", "workflow", "outcome", "edit_type", "notes");
    static final List<String> OPTIONAL_COLUMNS = List.of("edit_type", "notes");
    /** RFC 4180: commas, CRLF between records, quotes only where needed. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

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
}
