package ailog.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.TestClock;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A thousand identical failures make two log lines, not a thousand stack traces. */
class RepeatedErrorsTest {
    @Test
    void theSameErrorIsLoggedOnceWithItsStackThenAsACountAMinuteLater() {
        Logger logger = (Logger) LoggerFactory.getLogger("repeated-errors-test");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        TestClock clock = new TestClock(Instant.parse("2026-11-29T10:00:00Z"));
        RepeatedErrors errors = new RepeatedErrors(logger, clock);

        for (int i = 0; i < 1_000; i++) {
            errors.error("a group of writes failed", new IOException("[SQLITE_FULL] database or disk is full"));
            clock.advance(Duration.ofMillis(50));
        }
        clock.advance(Duration.ofSeconds(11)); // a minute after the first: the next one reports the count
        errors.error("a group of writes failed", new IOException("[SQLITE_FULL] database or disk is full"));
        errors.error("handling a Command request failed", new IllegalStateException("other"));

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "a group of writes failed",
                "a group of writes failed (999 more times in the last minute or more):"
                        + " java.io.IOException: [SQLITE_FULL] database or disk is full",
                "handling a Command request failed");
        assertThat(lines.list.get(0).getThrowableProxy()).isNotNull();
        assertThat(lines.list.get(1).getThrowableProxy()).isNull();
    }
}
