package ailog.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds an import sheet line by line, exactly as written, so tests know each physical line number. */
final class CsvFile {
    static final String HEADER = "date,user,workflow,outcome,edit_type,notes";

    private final List<String> lines = new ArrayList<>();

    private CsvFile(String header) {
        lines.add(header);
    }

    static CsvFile withHeader() {
        return new CsvFile(HEADER);
    }

    static CsvFile withHeader(String header) {
        return new CsvFile(header);
    }

    /** A raw line, which may open or close a quoted cell that spans lines. */
    CsvFile line(String raw) {
        lines.add(raw);
        return this;
    }

    CsvFile row(CsvRow row) {
        return line(row.toString());
    }

    CsvFile rows(int count, CsvRow row) {
        for (int i = 0; i < count; i++) {
            row(row);
        }
        return this;
    }

    Path writeTo(Path dir) {
        try {
            Path file = Files.createTempFile(dir, "runs", ".csv");
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
