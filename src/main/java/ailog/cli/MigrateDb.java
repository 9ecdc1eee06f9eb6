package ailog.cli;

import ailog.app.DatabaseMove;
import ailog.app.DatabaseMove.CopyDiffers;
import ailog.app.DatabaseMove.Copied;
import ailog.app.DatabaseMove.TargetNotEmpty;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code migrate-db --from FILE --to URL} command: moves the bot's SQLite file into an empty PostgreSQL database
 * in one transaction (see {@link DatabaseMove}), then says what it copied and how long it took, or why it copied
 * nothing.
 */
public final class MigrateDb {
    private final DatabaseMove move;
    private final PrintStream out;
    private final PrintStream err;

    public MigrateDb(DatabaseMove move, PrintStream out, PrintStream err) {
        this.move = move;
        this.out = out;
        this.err = err;
    }

    /** {@code args}: the words after {@code migrate-db}. Returns 0 when copied, 1 when not, 2 on bad arguments. */
    public int run(List<String> args) {
        MigrateArguments arguments;
        try {
            arguments = MigrateArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("ailog migrate-db: " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        try {
            String[] target = {arguments.to()};
            List<Copied> copied = move.move(arguments.from(), arguments.to(), url -> {
                target[0] = url;
                out.println("copying " + arguments.from() + " into " + url
                        + " in one transaction: nothing is kept unless all of it is copied and checked");
            });
            report(arguments, target[0], copied, System.nanoTime() - started);
            return 0;
        } catch (TargetNotEmpty e) {
            err.println("ailog migrate-db: copied nothing: the PostgreSQL database already holds rows (in "
                    + String.join(", ", e.tables()) + "), and migrate-db copies only into an empty database, so that"
                    + " nothing already there is mixed with the copy. Create a new, empty database (e.g. createdb -O"
                    + " ailog ailog) and name it after --to; if those rows are from an earlier copy you mean to"
                    + " replace, drop that database, create it again and run migrate-db again.");
            return 1;
        } catch (CopyDiffers e) {
            err.println("ailog migrate-db: copied nothing: read back before committing, the copy differed from "
                    + arguments.from() + " (" + differences(e) + "), so the transaction was rolled back and the"
                    + " PostgreSQL database is as it was. Make sure nothing else writes to either database, then"
                    + " run migrate-db again.");
            return 1;
        } catch (RuntimeException e) {
            err.println("ailog migrate-db: copied nothing: " + e.getMessage());
            return 1;
        }
    }

    private void report(MigrateArguments arguments, String target, List<Copied> copied, long nanos) {
        out.println(String.format(Locale.ROOT, "migrated %s into %s in %.1f s:", arguments.from(), target,
                nanos / 1e9));
        for (Copied table : copied) {
            out.println(String.format(Locale.ROOT, "  %-28s %,12d %s", table.table(), table.rows(),
                    table.rows() == 1 ? "row" : "rows"));
        }
        String runs = copied.stream().filter(t -> t.table().equals("run")).map(Copied::checksum).findFirst()
                .orElse("");
        out.println("checked before committing: every table holds the same rows on both sides (checksum of the"
                + " runs " + runs + "), and new ids continue after the copied ones.");
        out.println("next: set AILOG_DB=" + target + " (and AILOG_DB_PASSWORD if it needs one) and start the bot;"
                + " keep " + arguments.from() + " as it is, as a backup.");
    }

    private static String differences(CopyDiffers e) {
        return e.differences().stream()
                .map(d -> d.table() + ": " + d.sourceRows() + " rows, checksum " + d.sourceChecksum()
                        + " in the source; " + d.targetRows() + " rows, checksum " + d.targetChecksum()
                        + " in the copy")
                .collect(Collectors.joining("; "));
    }
}
