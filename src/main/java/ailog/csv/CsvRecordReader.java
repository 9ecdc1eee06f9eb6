package ailog.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link RunCsv#FORMAT}'s records one at a time, as its parser would, with a character buffer of its own instead
 * of one string builder append per character: an import may bring a million rows. Lines end in CRLF, LF or a lone CR;
 * a cell in double quotes may hold commas, line ends and doubled quotes; an empty line is a record of one empty cell.
 */
public final class CsvRecordReader {
    private static final int BUFFER = 1 << 16;

    /** The text is not CSV from {@code line} on. */
    public static final class Malformed extends Exception {
        public Malformed(String message) {
            super(message);
        }
    }

    private final Reader reader;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private boolean ended;
    /** Line ends read so far, those inside quoted cells included. */
    private long lineEnds;
    private final StringBuilder quoted = new StringBuilder();
    private final List<String> cells = new ArrayList<>();

    public CsvRecordReader(Reader reader) {
        this.reader = reader;
    }

    /** How many line ends have been read: after a record, the number of the physical line it ended on. */
    public long lineEnds() {
        return lineEnds;
    }

    /** The next record's cells (a list this reader reuses for the next record), or null at the end of the text. */
    public List<String> next() throws IOException, Malformed {
        cells.clear();
        if (!available()) {
            return null;
        }
        while (true) {
            char first = buffer[position];
            boolean last = first == '"' ? quotedCell() : plainCell();
            if (last) {
                return cells;
            }
        }
    }

    /** Reads a cell without quotes and the comma or line end after it; returns whether the record ended. */
    private boolean plainCell() throws IOException {
        StringBuilder spanning = null;
        while (true) {
            int start = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == ',' || c == '\n' || c == '\r') {
                    cells.add(text(spanning, start, position));
                    if (c == ',') {
                        position++;
                        return afterComma();
                    }
                    return endOfLine();
                }
                position++;
            }
            // the buffer ends inside the cell: keep what it holds and read on
            if (spanning == null) {
                spanning = new StringBuilder();
            }
            spanning.append(buffer, start, position - start);
            if (!available()) {
                cells.add(spanning.toString());
                return endOfText();
            }
        }
    }

    private String text(StringBuilder spanning, int start, int end) {
        if (spanning == null) {
            return new String(buffer, start, end - start);
        }
        return spanning.append(buffer, start, end - start).toString();
    }

    /** Reads a cell in quotes, from its opening quote, and what ends it; returns whether the record ended. */
    private boolean quotedCell() throws IOException, Malformed {
        long startLine = lineEnds + 1;
        quoted.setLength(0);
        position++;
        while (true) {
            if (!available()) {
                throw new Malformed("(startline " + startLine + ") EOF reached before encapsulated token finished");
            }
            char c = buffer[position++];
            if (c == '"') {
                if (available() && buffer[position] == '"') {
                    quoted.append('"');
                    position++;
                    continue;
                }
                cells.add(quoted.toString());
                return afterClosingQuote();
            } else {
                if (c == '\n' || (c == '\r' && !(available() && buffer[position] == '\n'))) {
                    lineEnds++;
                }
                quoted.append(c);
            }
        }
    }

    /** What may follow a closing quote: white space, then a comma, a line end or the end of the text. */
    private boolean afterClosingQuote() throws IOException, Malformed {
        while (available()) {
            char c = buffer[position++];
            if (c == ',') {
                return afterComma();
            }
            if (c == '\n' || c == '\r') {
                return lineEnd(c);
            }
            if (!Character.isWhitespace(c)) {
                throw new Malformed("(line " + (lineEnds + 1) + ") invalid char between encapsulated token and"
                        + " delimiter");
            }
        }
        return endOfText();
    }

    /** After a comma another cell follows, an empty one if the record ends there. */
    private boolean afterComma() throws IOException {
        if (!available()) {
            cells.add("");
            return endOfText();
        }
        char c = buffer[position];
        if (c == '\n' || c == '\r') {
            cells.add("");
            return endOfLine();
        }
        return false;
    }

    /** The text ended the record without a line end: its last line counts as read all the same. */
    private boolean endOfText() {
        lineEnds++;
        return true;
    }

    /** At a line end not yet read: reads it. */
    private boolean endOfLine() throws IOException {
        return lineEnd(buffer[position++]);
    }

    /** {@code c}, a CR or LF, has been read: reads the LF of a CRLF too. */
    private boolean lineEnd(char c) throws IOException {
        if (c == '\r' && available() && buffer[position] == '\n') {
            position++;
        }
        lineEnds++;
        return true;
    }

    /** Whether a character is there to read, filling the buffer when it is used up. */
    private boolean available() throws IOException {
        while (position >= limit) {
            if (ended) {
                return false;
            }
            int read = reader.read(buffer, 0, buffer.length);
            if (read < 0) {
                ended = true;
                return false;
            }
            position = 0;
            limit = read;
        }
        return true;
    }
}
