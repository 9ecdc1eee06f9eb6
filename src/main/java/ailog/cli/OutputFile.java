package ailog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * A file an operator command writes: never onto a database, and complete or not at all. It is written under a
 * temporary name beside the target and renamed into place at the end, so a command killed halfway leaves the target
 * as it was (and a stray {@code .partial} file), never half a file under the final name.
 */
final class OutputFile {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** Writes the file at the path it is given; that path does not exist yet. */
    @FunctionalInterface
    interface Writing {
        void to(Path file) throws IOException;
    }

    private OutputFile() {}

    /** Why ailog will not write to {@code target}, or null when it may. */
    static String refusal(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            return target + " is a folder; name a file";
        }
        if (Files.isRegularFile(target) && isSqlite(target)) {
            return target + " is an SQLite database (perhaps ailog's own); choose another file";
        }
        return null;
    }

    /** Writes through {@code writing} under a temporary name, then renames it to {@code target} in one step. */
    static void write(Path target, Writing writing) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            writing.to(partial);
            try {
                Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Whether the file starts as every SQLite database does. */
    static boolean isSqlite(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }
}
