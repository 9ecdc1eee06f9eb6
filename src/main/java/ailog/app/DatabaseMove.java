package ailog.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Moving everything ailog stores from its SQLite file into an empty PostgreSQL database, in one transaction that is
 * kept only once every table reads back the same.
 */
@FunctionalInterface
public interface DatabaseMove {

    /**
     * Copies the SQLite file {@code from} into the database at {@code to}; {@code starting} hears the target's
     * address (without any password) once both are open. Returns what each table holds now.
     *
     * @throws TargetNotEmpty when the target already holds rows of ailog's: nothing was copied
     * @throws CopyDiffers when the copy read back differed: nothing was kept
     */
    List<Copied> move(Path from, String to, Consumer<String> starting);

    /** One table as copied: its rows and their checksum (the same on both sides). */
    record Copied(String table, long rows, String checksum) {}

    /** The target already held rows of ailog's: nothing was copied. */
    final class TargetNotEmpty extends RuntimeException {
        private final List<String> tables;

        public TargetNotEmpty(List<String> tables) {
            super("the target already holds rows in " + String.join(", ", tables));
            this.tables = List.copyOf(tables);
        }

        /** The tables that hold rows. */
        public List<String> tables() {
            return tables;
        }
    }

    /** What the copy read back differed from its source: the transaction was rolled back. */
    final class CopyDiffers extends RuntimeException {
        private final List<Difference> differences;

        public CopyDiffers(List<Difference> differences) {
            super("the copy differs from its source: " + differences);
            this.differences = List.copyOf(differences);
        }

        public List<Difference> differences() {
            return differences;
        }
    }

    /** A table whose rows, or their checksum, are not the same in the copy. */
    record Difference(String table, long sourceRows, String sourceChecksum, long targetRows,
            String targetChecksum) {}
}
