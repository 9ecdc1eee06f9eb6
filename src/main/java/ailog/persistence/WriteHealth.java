package ailog.persistence;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Whether the database takes writes now: one small write through the shared commit, waited for within a budget. The
 * answer is a reason a person can act on, or empty when the write committed in time.
 */
final class WriteHealth {
    private static final String TOUCH = "update health set checked_at = ? where id = 1";

    private WriteHealth() {}

    static Optional<String> check(GroupCommit commits, Duration budget, Function<Throwable, String> plain) {
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
            return Optional.of(plain.apply(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking the database");
        }
    }
}
