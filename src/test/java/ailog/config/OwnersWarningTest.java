package ailog.config;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.RunningBot;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class OwnersWarningTest {
    @Test
    void withoutOwnersTheLineSaysWhoIsLockedOutOfWhatAndHowToSetIt() {
        assertThat(OwnersWarning.line(Set.of())).hasValueSatisfying(line -> assertThat(line)
                .contains("AILOG_OWNERS is not set").contains("no one can run the owner commands")
                .contains("workflow add").contains("enroll").contains("report").contains("export")
                .contains("AILOG_OWNERS=U012AB3CD").contains("Copy member ID")
                .doesNotContain("\n"));
    }

    @Test
    void withOwnersThereIsNothingToSay() {
        assertThat(OwnersWarning.line(Set.of("U012AB3CD"))).isEmpty();
    }

    @Test
    void aBotStartedWithoutOwnersLogsExactlyOneWarningAboutIt() {
        Logger logger = (Logger) LoggerFactory.getLogger(Bot.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        try (RunningBot bot = RunningBot.start(Map.of("AILOG_OWNERS", ""))) {
            List<String> warnings = captured.list.stream()
                    .filter(event -> event.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage)
                    .toList();
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0)).contains("AILOG_OWNERS=U012AB3CD");
        } finally {
            logger.detachAppender(captured);
        }
    }

    @Test
    void aBotStartedWithOwnersDoesNotWarnAboutThem() {
        Logger logger = (Logger) LoggerFactory.getLogger(Bot.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        try (RunningBot bot = RunningBot.start()) {
            assertThat(captured.list).noneMatch(event -> event.getFormattedMessage().contains("AILOG_OWNERS"));
        } finally {
            logger.detachAppender(captured);
        }
    }
}
