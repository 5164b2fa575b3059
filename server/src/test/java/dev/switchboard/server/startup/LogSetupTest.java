package dev.switchboard.server.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;

class LogSetupTest {

    @Test
    void logsInfoThroughANonBlockingQueueToTheConsole() {
        final LoggerContext context = new LoggerContext();
        LogSetup.apply(context);

        final Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("com.linecorp.armeria.server.Server").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("io.netty.channel").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("dev.switchboard.server.Main").getEffectiveLevel()).isEqualTo(Level.INFO);

        final Appender<ILoggingEvent> appender = root.getAppender("ASYNC");
        assertThat(appender).isInstanceOf(AsyncAppender.class);
        final AsyncAppender async = (AsyncAppender) appender;
        assertThat(async.isStarted()).isTrue();
        assertThat(async.isNeverBlock()).isTrue();
        final Appender<ILoggingEvent> console = async.getAppender("CONSOLE");
        assertThat(console).isInstanceOf(ConsoleAppender.class);
        assertThat(console.isStarted()).isTrue();
        assertThat(((PatternLayoutEncoder) ((ConsoleAppender<ILoggingEvent>) console).getEncoder()).getPattern())
                .isEqualTo(LogSetup.PATTERN);
        context.stop();
    }

    @Test
    void stepsAsideForAFileOnTheClassPath() {
        // logback-test.xml is on the tests' class path: that file (like an operator's
        // -Dlogback.configurationFile) wins, and nothing is set up here.
        final LoggerContext context = new LoggerContext();
        final LogSetup setup = new LogSetup();
        setup.setContext(context);
        assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
