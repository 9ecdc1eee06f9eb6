package ailog.cli;

/**
 * Keeps a CSV cell from running as a spreadsheet formula, in a way import can undo exactly: a cell that
 * starts with zero or more {@code '} and then {@code = + - @}, tab or carriage return gets one more {@code '}.
 */
public final class SpreadsheetSafeCell {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetSafeCell() {}

    /** The cell as export writes it. */
    public static String neutralise(String cell) {
        return startsFormulaAfterQuotes(cell, 0) ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #neutralise}: one leading {@code '} fewer on a neutralised cell. */
    public static String restore(String cell) {
        return startsFormulaAfterQuotes(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsFormulaAfterQuotes(String cell, int minimumQuotes) {
        int quotes = 0;
        while (quotes < cell.length() && cell.charAt(quotes) == '\'') {
            quotes++;
        }
        return quotes >= minimumQuotes
                && quotes < cell.length()
                && FORMULA_STARTS.indexOf(cell.charAt(quotes)) >= 0;
    }
}
