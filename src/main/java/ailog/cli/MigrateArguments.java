package ailog.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** What {@code migrate-db} was asked: the bot's SQLite file and the PostgreSQL database to copy it into. */
record MigrateArguments(Path from, String to) {
    static final String EXAMPLE = "java -jar ailog.jar migrate-db --from data/ailog.db"
            + " --to jdbc:postgresql://db.example.com/ailog?user=ailog";

    /** Both options, once each, in either order; the file must be an SQLite database and the URL PostgreSQL's. */
    static MigrateArguments parse(List<String> args) {
        String from = null;
        String to = null;
        for (int i = 0; args.size() == 4 && i < args.size(); i += 2) {
            if (args.get(i).equals("--from") && from == null) {
                from = args.get(i + 1);
            } else if (args.get(i).equals("--to") && to == null) {
                to = args.get(i + 1);
            }
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("migrate-db needs the bot's SQLite file after --from and an empty"
                    + " PostgreSQL database after --to, for example: " + EXAMPLE);
        }
        if (!to.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--to must name a PostgreSQL database as a JDBC URL, not '" + to
                    + "'; for example: " + EXAMPLE + " (the password goes in AILOG_DB_PASSWORD)");
        }
        return new MigrateArguments(sqliteFile(from), to);
    }

    private static Path sqliteFile(String from) {
        String problem;
        try {
            Path file = Path.of(from).toAbsolutePath();
            if (from.startsWith("jdbc:")) {
                problem = "--from takes the path of the bot's SQLite file, not a URL ('" + from + "')";
            } else if (!Files.isRegularFile(file)) {
                problem = "there is no file " + file + "; --from names the SQLite file the bot used (its AILOG_DB)";
            } else if (!OutputFile.isSqlite(file)) {
                problem = file + " is not an SQLite database; --from names the SQLite file the bot used (its"
                        + " AILOG_DB)";
            } else {
                return file;
            }
        } catch (InvalidPathException | IOException e) {
            problem = "cannot read the file '" + from + "' (" + e.getMessage() + ")";
        }
        throw new IllegalArgumentException(problem + ", for example: " + EXAMPLE);
    }
}
