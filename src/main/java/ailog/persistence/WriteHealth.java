package ailog.persistence;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the database takes writes now: one small write through the shared commit, waited for within a budget. The
 * answer is a reason a person can act on, or empty when the write committed in time.
 */
final class WriteHealth {
    private static final String TOUCH = "update health set checked_at = ? where id = 1";

    private WriteHealth() {}

    static Optional<String> check(GroupCommit commits, Duration budget) {
        CompletableFuture<Integer> touched = commits.submit(statements -> {
            var update = statements.get(TOUCH);
            update.setLong(1, System.currentTimeMillis());
            return update.executeUpdate();
        });
        try {
            touched.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            return Optional.of("a write has not committed within " + budget.toMillis() + " ms (is another process"
                    + " holding the database, or is the disk stalled?)");
        } catch (ExecutionException e) {
            return Optional.of(reason(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking the database");
        }
    }

    /** SQLite's own words made plain: the error codes an operator can do something about. */
    static String reason(Throwable failure) {
        String text = String.valueOf(failure.getMessage());
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getMessage() != null) {
                text = sql.getMessage();
            }
        }
        if (text.contains("SQLITE_FULL")) {
            return "the disk is full: writes cannot be stored";
        }
        if (text.contains("SQLITE_READONLY")) {
            return "the database file is read-only: writes cannot be stored";
        }
        if (text.contains("SQLITE_BUSY") || text.contains("SQLITE_LOCKED")) {
            return "another process holds the database's write lock";
        }
        if (text.contains("SQLITE_IOERR")) {
            return "the disk reports I/O errors";
        }
        return "writes fail: " + text;
    }
}
