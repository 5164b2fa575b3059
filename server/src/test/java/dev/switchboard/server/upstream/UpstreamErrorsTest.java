package dev.switchboard.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.client.ResponseTimeoutException;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.ClosedSessionException;
import com.linecorp.armeria.common.HttpHeaders;

import dev.switchboard.server.provider.ApiFormat;
import dev.switchboard.server.provider.UpstreamHeaders;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

class UpstreamErrorsTest {
    private static final UpstreamProvider P = new UpstreamProvider(
            "id", "p", "custom", ApiFormat.OPENAI, true, Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ZERO,
            WebClient.of("http://127.0.0.1:1"), UpstreamHeaders.of("http://127.0.0.1:1", HttpHeaders.of()),
            new Redactor(List.of()));

    @Test
    void wireFailuresAreTheUpstreamsDoing() {
        assertThat(UpstreamErrors.fromThrowable(P, new IOException("reset")).kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
        assertThat(UpstreamErrors.fromThrowable(P, ClosedSessionException.get()).kind())
                .isEqualTo(ErrorKind.UPSTREAM_ERROR);
        assertThat(UpstreamErrors.fromThrowable(P, ResponseTimeoutException.get()).kind())
                .isEqualTo(ErrorKind.UPSTREAM_TIMEOUT);
    }

    @Test
    void aBugOfOursIsInternalKeepsItsCauseAndNamesNoClass() {
        final NullPointerException bug = new NullPointerException("call was null");
        final GatewayException e = UpstreamErrors.fromThrowable(P, bug);
        assertThat(e.kind()).isEqualTo(ErrorKind.INTERNAL);
        assertThat(e.getCause()).isSameAs(bug);
        assertThat(e.getMessage()).contains("provider 'p'").doesNotContain("NullPointerException");
    }
}
