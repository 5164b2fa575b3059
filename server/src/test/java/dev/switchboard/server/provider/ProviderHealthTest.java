package dev.switchboard.server.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.HttpHeaders;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.switchboard.server.upstream.Redactor;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Provider;

class ProviderHealthTest {
    private static final UpstreamProvider P = new UpstreamProvider(
            "id-1", "local-llm", "custom", ApiFormat.OPENAI, true, Duration.ofSeconds(3), Duration.ofSeconds(3),
            Duration.ZERO, WebClient.of("http://127.0.0.1:1"),
            UpstreamHeaders.of("http://127.0.0.1:1", HttpHeaders.of()), new Redactor(List.of()), null);
    private static final GatewayException REFUSED =
            new GatewayException(ErrorKind.UPSTREAM_UNREACHABLE, "could not connect to provider 'local-llm': connection refused");

    private final Logger logger = (Logger) LoggerFactory.getLogger(ProviderHealth.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final ProviderHealth health = new ProviderHealth();

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
    }

    private List<String> said() {
        return lines.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }

    @Test
    void aProviderGoingDownAndComingBackIsLoggedOnceEachWay() {
        health.served(P);
        health.failed(P, REFUSED);
        health.failed(P, REFUSED);
        health.failed(P, REFUSED);
        assertThat(health.stateOf(P.id(), true).state()).isEqualTo(Provider.State.DISCONNECTED);
        health.served(P);
        health.served(P);

        assertThat(said()).containsExactly(
                "WARN provider 'local-llm' is DISCONNECTED: could not connect to provider 'local-llm': connection refused",
                "INFO provider 'local-llm' is CONNECTED again");
    }

    @Test
    void aFlappingProviderGetsOneDownLineAMinute() {
        for (int i = 0; i < 100; i++) {
            health.failed(P, REFUSED);
            health.served(P);
        }
        assertThat(said()).containsExactly(
                "WARN provider 'local-llm' is DISCONNECTED: could not connect to provider 'local-llm': connection refused",
                "INFO provider 'local-llm' is CONNECTED again");
        assertThat(lines.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
    }

    @Test
    void theClientsMistakesSayNothingAboutTheProvider() {
        health.failed(P, GatewayException.invalid("messages must not be empty"));
        assertThat(said()).isEmpty();
        assertThat(health.stateOf(P.id(), true).state()).isEqualTo(Provider.State.CONNECTING);
    }

    @Test
    void aRecoveryIsNotAnnouncedWhenTheFallWasNot() {
        health.served(P);
        health.served(P);
        assertThat(said()).isEmpty();
    }
}
