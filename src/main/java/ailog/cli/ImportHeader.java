package ailog.cli;

import ailog.csv.RunCsv;
import ailog.csv.SpreadsheetSafeCell;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where each column of an import sheet is, read from its header row, in whatever order it gives them. */
record ImportHeader(Map<String, Integer> positions, int width) {
    static final int DATE = RunCsv.COLUMNS.indexOf("date");
    static final int USER = RunCsv.COLUMNS.indexOf("user");
    static final int WORKFLOW = RunCsv.COLUMNS.indexOf("workflow");
    static final int OUTCOME = RunCsv.COLUMNS.indexOf("outcome");
    static final int EDIT_TYPE = RunCsv.COLUMNS.indexOf("edit_type");
    static final int NOTES = RunCsv.COLUMNS.indexOf("notes");

    private static final String EXPECTED = "; the header is " + String.join(",", RunCsv.COLUMNS)
            + " (edit_type and notes may be left out)";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    static ImportHeader of(List<String> names) throws BadFileException {
        if (names.stream().allMatch(String::isBlank)) {
            throw new BadFileException("line 1 is blank" + EXPECTED);
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (i == 0 && name.startsWith(BYTE_ORDER_MARK)) {
                name = name.substring(1);
            }
            if (!RunCsv.COLUMNS.contains(name)) {
                throw new BadFileException("line 1: unknown column `" + name + "`" + EXPECTED);
            }
            if (positions.put(name, i) != null) {
                throw new BadFileException("line 1: column `" + name + "` appears twice" + EXPECTED);
            }
        }
        for (String column : RunCsv.COLUMNS) {
            if (!positions.containsKey(column) && !RunCsv.OPTIONAL_COLUMNS.contains(column)) {
                throw new BadFileException("line 1: no `" + column + "` column" + EXPECTED);
            }
        }
        return new ImportHeader(Map.copyOf(positions), names.size());
    }

    /** Where each of {@link RunCsv#COLUMNS} is in a row, by its place in that list; -1 for a column left out. */
    int[] places() {
        return RunCsv.COLUMNS.stream().mapToInt(column -> positions.getOrDefault(column, -1)).toArray();
    }

    /**
     * A column's cell, restored from export's formula neutralisation; empty when the sheet has no such column.
     * {@code place}: the column's entry of {@link #places()}.
     */
    static String cell(List<String> row, int place) {
        return place < 0 ? "" : SpreadsheetSafeCell.restore(row.get(place));
    }
}
