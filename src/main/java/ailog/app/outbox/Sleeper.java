package ailog.app.outbox;

import java.time.Duration;

/** Waits between attempts; tests pass one that only records. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration);

    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };
}
