package ailog.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code backup FILE} command: a consistent copy of the database, taken while the bot keeps serving, that appears
 * under its name only once complete: an SQLite file, or for PostgreSQL an archive written by its own pg_dump.
 */
public final class Backup {
    private static final String USAGE = "usage: ailog backup FILE";

    /**
     * The database, as far as a backup needs it.
     *
     * @param copyTo writes a consistent copy of the whole database to a new file, while others keep using it
     * @param isDump whether that copy is pg_dump's archive of a PostgreSQL database rather than a database file
     * @param url the database's address, without any password
     */
    public record Source(Copy copyTo, boolean isDump, String url) {}

    /** Writes the copy to a file. */
    @FunctionalInterface
    public interface Copy {
        void to(Path file) throws IOException;
    }

    private final Source database;
    private final PrintStream out;
    private final PrintStream err;

    public Backup(Source database, PrintStream out, PrintStream err) {
        this.database = database;
        this.out = out;
        this.err = err;
    }

    /** {@code args}: the words after {@code backup}. Returns 0 when written, 1 when not, 2 on bad usage. */
    public int run(List<String> args) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        try {
            Path target = Path.of(args.get(0)).toAbsolutePath();
            if (Files.exists(target)) {
                err.println("not backing up: " + target + " already exists; choose a new file");
                return 1;
            }
            OutputFile.write(target, database.copyTo()::to);
            if (database.isDump()) {
                out.println("backed up " + database.url() + " with pg_dump to " + target + " (" + Files.size(target)
                        + " bytes, custom format: pg_restore --list " + target + " shows what it holds, pg_restore"
                        + " restores it)");
            } else {
                out.println("backed up the database to " + target + " (" + Files.size(target) + " bytes)");
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("cannot back up to " + args.get(0) + ": " + e.getMessage());
            return 1;
        }
    }
}
