package dev.switchboard.server.startup;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The gateway's logging set up in code, found by logback as a service before it looks for XML.
 *
 * <p>Why not a {@code logback.xml}: parsing one took logback's XML configurator and the JDK's
 * SAX parser (~550 classes) and was the largest block between the JVM's start and {@code main}'s
 * first line on one core (see docs/performance.md, "Cold start"). What it sets up is what that file
 * said: one console line per event, written by a background thread that drops rather than blocks
 * (logging stays off the event loop), Armeria and Netty at WARN.
 *
 * <p>An operator's own file still wins: with {@code -Dlogback.configurationFile=…} (or a
 * {@code logback-test.xml} on the class path, as the tests have) this steps aside and logback reads
 * that file as usual.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
            || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static void apply(LoggerContext context) {
        final PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        final ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();

        final AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.setName("ASYNC");
        async.setNeverBlock(true);
        async.addAppender(console);
        async.start();

        context.getLogger("com.linecorp.armeria").setLevel(Level.WARN);
        context.getLogger("io.netty").setLevel(Level.WARN);
        final Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(async);
    }
}
