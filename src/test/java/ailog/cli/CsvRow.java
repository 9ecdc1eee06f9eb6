package ailog.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** One row of an import sheet with sensible defaults; cells are written as given, unquoted. */
final class CsvRow {
    private final Map<String, String> cells = new LinkedHashMap<>();

    private CsvRow() {
        cells.put("date", "2024-06-01");
        cells.put("user", "U0123ABCD");
        cells.put("workflow", "proposal");
        cells.put("outcome", "light-edit");
        cells.put("edit_type", "tone");
        cells.put("notes", "");
    }

    static CsvRow aRow() {
        return new CsvRow();
    }

    CsvRow with(String column, String cell) {
        if (!cells.containsKey(column)) {
            throw new IllegalArgumentException("no column " + column);
        }
        cells.put(column, cell);
        return this;
    }

    @Override
    public String toString() {
        return String.join(",", cells.values());
    }
}
