package ailog.cli;

import ailog.csv.CsvRecordReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** An import file read as strict UTF-8 CSV, one row at a time, each with the physical line it starts on. */
final class ImportSheet implements AutoCloseable {
    /**
     * Receives each row after the header that has something in it: its cells in a list that is only good until it
     * returns (the next row reuses it).
     */
    interface RowHandler {
        void accept(long line, List<String> row);
    }

    private final Reader text;
    private final CsvRecordReader records;
    private long linesRead;

    private ImportSheet(Reader text) {
        this.text = text;
        this.records = new CsvRecordReader(text);
    }

    static ImportSheet open(Path file) throws BadFileException {
        if (!Files.isRegularFile(file)) {
            throw new BadFileException(Files.exists(file) ? "it is not a file" : "no such file");
        }
        try {
            // a fresh decoder reports malformed input instead of replacing it with '?'
            var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder());
            return new ImportSheet(reader);
        } catch (NoSuchFileException e) {
            throw new BadFileException("no such file");
        } catch (IOException e) {
            throw new BadFileException(e.getMessage());
        }
    }

    ImportHeader header() throws BadFileException {
        List<String> header = next();
        if (header == null) {
            throw new BadFileException("the file is empty");
        }
        return ImportHeader.of(List.copyOf(header));
    }

    void forEachRow(RowHandler handler) throws BadFileException {
        long line = linesRead + 1;
        for (List<String> row = next(); row != null; row = next()) {
            if (!blank(row)) {
                handler.accept(line, row);
            }
            line = linesRead + 1;
        }
    }

    private static boolean blank(List<String> row) {
        for (String cell : row) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private List<String> next() throws BadFileException {
        try {
            List<String> record = records.next();
            linesRead = records.lineEnds();
            return record;
        } catch (CharacterCodingException e) {
            throw new BadFileException("it is not UTF-8 text; save it as \"CSV UTF-8\"");
        } catch (IOException e) {
            throw new BadFileException(e.getMessage());
        } catch (CsvRecordReader.Malformed e) {
            throw new BadFileException("line " + (linesRead + 1) + " onwards is not valid CSV: " + e.getMessage());
        }
    }

    @Override
    public void close() throws BadFileException {
        try {
            text.close();
        } catch (IOException e) {
            throw new BadFileException(e.getMessage());
        }
    }
}
