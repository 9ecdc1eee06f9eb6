package ailog.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ailog's logging, set up in code and found by logback through the service loader before it looks for any XML:
 * reading an XML configuration took a command-line run about a fifth of a second. Lines go to stderr as
 * {@code 2026-11-29T10:00:00.000Z INFO  Bot - message}; ailog's own from INFO, everything else from WARN. An operator
 * who gives {@code -Dlogback.configurationFile=FILE} gets that file instead, as with plain logback.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level %logger{0} - %msg%n";
    static final Map<String, Level> LEVELS = levels();

    private static Map<String, Level> levels() {
        Map<String, Level> levels = new LinkedHashMap<>();
        levels.put("ailog", Level.INFO);
        levels.put("org.flywaydb", Level.WARN);
        levels.put("org.eclipse.jetty", Level.WARN);
        levels.put("com.slack.api", Level.WARN);
        levels.put("org.jooq", Level.WARN);
        // jOOQ's open-source edition names only the newest PostgreSQL as supported; ailog's tests run on 14
        levels.put("org.jooq.impl.DefaultExecuteContext.logVersionSupport", Level.ERROR);
        levels.put("org.quartz", Level.WARN);
        levels.put(Logger.ROOT_LOGGER_NAME, Level.WARN);
        return levels;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY; // logback's own configurator reads the operator's file
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
