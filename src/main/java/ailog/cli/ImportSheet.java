package ailog.cli;

import ailog.csv.RunCsv;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** An import file read as strict UTF-8 CSV, one row at a time, each with the physical line it starts on. */
final class ImportSheet implements AutoCloseable {
    /** Receives each row after the header that has something in it. */
    interface RowHandler {
        void accept(long line, CSVRecord row);
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long linesRead;

    private ImportSheet(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    static ImportSheet open(Path file) throws BadFileException {
        if (!Files.isRegularFile(file)) {
            throw new BadFileException(Files.exists(file) ? "it is not a file" : "no such file");
        }
        try {
            // a fresh decoder reports malformed input instead of replacing it with '?'
            var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder());
            return new ImportSheet(RunCsv.FORMAT.parse(reader));
        } catch (NoSuchFileException e) {
            throw new BadFileException("no such file");
        } catch (IOException e) {
            throw new BadFileException(e.getMessage());
        }
    }

    ImportHeader header() throws BadFileException {
        CSVRecord header = next();
        if (header == null) {
            throw new BadFileException("the file is empty");
        }
        return ImportHeader.of(header.toList());
    }

    void forEachRow(RowHandler handler) throws BadFileException {
        long line = linesRead + 1;
        for (CSVRecord row = next(); row != null; row = next()) {
            if (!row.stream().allMatch(String::isBlank)) {
                handler.accept(line, row);
            }
            line = linesRead + 1;
        }
    }

    private CSVRecord next() throws BadFileException {
        try {
            CSVRecord record = records.hasNext() ? records.next() : null;
            linesRead = parser.getCurrentLineNumber();
            return record;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e);
        }
    }

    private BadFileException unreadable(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return new BadFileException("it is not UTF-8 text; save it as \"CSV UTF-8\"");
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new BadFileException("line " + (linesRead + 1) + " onwards is not valid CSV: " + root.getMessage());
    }

    @Override
    public void close() throws BadFileException {
        try {
            parser.close();
        } catch (IOException e) {
            throw new BadFileException(e.getMessage());
        }
    }
}
