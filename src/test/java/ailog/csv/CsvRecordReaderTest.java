package ailog.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The import's own reader must read every text as {@link RunCsv#FORMAT}'s parser does: the same records, the same line
 * each ends on, and a refusal where that parser refuses.
 */
class CsvRecordReaderTest {

    @Test
    void readsQuotedCellsLineEndsAndEmptyLinesAsTheFormatsParserDoes() {
        List<String> texts = List.of(
                "date,user\n2024-06-01,U0123ABCD\n",
                "a,b\r\nc,d\r\n",
                "a,b\rc,d",
                "a,\"b, \"\"quoted\"\"\nover two lines\",c\n\nlast,,\n",
                "\"x\" ,\"y\"\t\n,\n",
                "\uFEFFdate,user\n\"\"\n",
                "a\"b,c\n");
        for (String text : texts) {
            assertThat(read(text, text.length())).as(text).isEqualTo(reference(text)).isNotEqualTo("refused");
        }
    }

    @Test
    void refusesWhatTheFormatsParserRefuses() {
        for (String text : List.of("a,\"open\n", "a,\"closed\"then,b\n", "\"a\"\"")) {
            assertThat(read(text, 3)).as(text).isEqualTo("refused").isEqualTo(reference(text));
        }
    }

    @Test
    void agreesWithTheFormatsParserOnRandomTextReadAFewCharactersAtATime() {
        Random random = new Random(7);
        String alphabet = "ab,\"\n\r \t";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertThat(read(t, 1 + random.nextInt(3))).as(t).isEqualTo(reference(t));
        }
    }

    @Test
    void aCellLongerThanTheBufferIsReadWhole() {
        String text = "a," + "x".repeat(200_000) + ",\"" + "y".repeat(150_000) + "\"\nb\n";

        assertThat(read(text, 8_192)).isEqualTo(reference(text));
    }

    /** Each record's cells and the line it ended on, or "refused". */
    private static String read(String text, int charsPerRead) {
        CsvRecordReader reader = new CsvRecordReader(new Trickle(text, charsPerRead));
        StringBuilder out = new StringBuilder();
        try {
            for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
                out.append(cells).append(" @").append(reader.lineEnds()).append('\n');
            }
        } catch (CsvRecordReader.Malformed e) {
            return "refused";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String reference(String text) {
        StringBuilder out = new StringBuilder();
        try (CSVParser parser = RunCsv.FORMAT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                out.append(record.toList()).append(" @").append(parser.getCurrentLineNumber()).append('\n');
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return "refused";
        }
        return out.toString();
    }

    /** Hands out at most a few characters per read, so that records and cells straddle the reader's buffer. */
    private static final class Trickle extends Reader {
        private final String text;
        private final int most;
        private int at;

        Trickle(String text, int most) {
            this.text = text;
            this.most = most;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(length, most), text.length() - at);
            text.getChars(at, at + n, buffer, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
