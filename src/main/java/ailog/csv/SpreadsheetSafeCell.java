package ailog.csv;

/**
 * Keeps a CSV cell from running as a spreadsheet formula, in a way import can undo exactly: a cell that starts with
 * zero or more {@code '}, then any spaces (also no-break and ideographic ones), then {@code = + - @} (or their
 * full-width forms, which spreadsheets also read as formulas), tab or carriage return gets one more {@code '}.
 */
public final class SpreadsheetSafeCell {
    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";
    /** Spreadsheets skip these before a formula sign: space, no-break space, ideographic space. */
    private static final String LEADING_SPACES = " \u00A0\u3000";

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
        int sign = quotes;
        while (sign < cell.length() && LEADING_SPACES.indexOf(cell.charAt(sign)) >= 0) {
            sign++;
        }
        return quotes >= minimumQuotes && sign < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(sign)) >= 0;
    }
}
