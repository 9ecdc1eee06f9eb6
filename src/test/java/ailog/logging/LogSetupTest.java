package ailog.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The logging set up in code writes what logback.xml used to: the same line, the same levels, to stderr. */
class LogSetupTest {

    @Test
    void ailogLogsFromInfoOthersFromWarnOneLinePerEventOnStderr() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LogSetup setup = new LogSetup();
            setup.setContext(context);
            assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
            Logger bot = context.getLogger("ailog.config.Bot");
            Logger jetty = context.getLogger("org.eclipse.jetty.server.Server");
            bot.info("serving over HTTP on port {}", 3000);
            bot.debug("not shown");
            jetty.info("not shown either");
            jetty.warn("shown");
            context.getLogger("org.jooq.impl.DefaultExecuteContext.logVersionSupport").warn("not shown");
            context.getLogger("com.example.Other").info("not shown");
            assertThat(context.getLogger("org.flywaydb.core.Flyway").getEffectiveLevel()).isEqualTo(Level.WARN);
            assertThat(context.getLogger("org.quartz.core.QuartzScheduler").getEffectiveLevel()).isEqualTo(Level.WARN);
            assertThat(context.getLogger("com.slack.api.Slack").getEffectiveLevel()).isEqualTo(Level.WARN);
        } finally {
            System.setErr(stderr);
            context.stop();
        }

        String instant = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
        assertThat(captured.toString(StandardCharsets.UTF_8).split("\n", -1)).satisfiesExactly(
                line -> assertThat(line).matches(instant + " INFO  Bot - serving over HTTP on port 3000"),
                line -> assertThat(line).matches(instant + " WARN  Server - shown"),
                line -> assertThat(line).isEmpty());
    }

    @Test
    void anOperatorsConfigurationFileTakesOver() {
        LoggerContext context = new LoggerContext();
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "operator-logback.xml");
        try {
            LogSetup setup = new LogSetup();
            setup.setContext(context);
            assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
            context.stop();
        }
    }

    @Test
    void theApplicationsLoggerContextIsConfiguredByIt() {
        LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        assertThat(context.getLogger("ailog").getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNotNull();
    }
}
