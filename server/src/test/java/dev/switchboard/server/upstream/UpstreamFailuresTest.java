package dev.switchboard.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.client.ResponseTimeoutException;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.ClosedSessionException;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpHeadersBuilder;

import dev.switchboard.server.provider.ApiFormat;
import dev.switchboard.server.provider.UpstreamHeaders;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.error.RetryAdvice;

class UpstreamFailuresTest {
    private static final byte[] BODY = "{\"error\":{\"message\":\"no\",\"type\":\"x\"}}".getBytes(StandardCharsets.UTF_8);
    private static final UpstreamProvider P = new UpstreamProvider(
            "id", "p", "custom", ApiFormat.OPENAI, true, Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ZERO,
            WebClient.of("http://127.0.0.1:1"), UpstreamHeaders.of("http://127.0.0.1:1", HttpHeaders.of()),
            new Redactor(List.of()), null);

    @Test
    void wireFailuresAreTheUpstreamsDoing() {
        assertThat(UpstreamFailures.fromThrowable(P, new IOException("reset")).kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
        assertThat(UpstreamFailures.fromThrowable(P, ClosedSessionException.get()).kind())
                .isEqualTo(ErrorKind.UPSTREAM_ERROR);
        assertThat(UpstreamFailures.fromThrowable(P, ResponseTimeoutException.get()).kind())
                .isEqualTo(ErrorKind.UPSTREAM_TIMEOUT);
    }

    @Test
    void aBugOfOursIsInternalKeepsItsCauseAndNamesNoClass() {
        final NullPointerException bug = new NullPointerException("call was null");
        final GatewayException e = UpstreamFailures.fromThrowable(P, bug);
        assertThat(e.kind()).isEqualTo(ErrorKind.INTERNAL);
        assertThat(e.getCause()).isSameAs(bug);
        assertThat(e.getMessage()).contains("provider 'p'").doesNotContain("NullPointerException");
    }

    @Test
    void aFailureNamesItsProviderOnce() {
        final GatewayException status = UpstreamFailures.fromStatus(P, 500, HttpHeaders.of(), BODY);
        assertThat(UpstreamFailures.attributed(P, status).getMessage()).isEqualTo("provider 'p' returned HTTP 500: no");
        final GatewayException codec = GatewayException.invalid("unexpected token");
        assertThat(UpstreamFailures.attributed(P, codec).getMessage()).isEqualTo("provider 'p': unexpected token");
    }

    private static HttpHeaders headers(String... pairs) {
        final HttpHeadersBuilder b = HttpHeaders.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.add(pairs[i], pairs[i + 1]);
        }
        return b.build();
    }

    @Test
    void xShouldRetryIsReadAsTheSdksReadIt() {
        assertThat(UpstreamFailures.advice(429, headers("x-should-retry", "false"))).isEqualTo(RetryAdvice.DO_NOT_RETRY);
        assertThat(UpstreamFailures.advice(400, headers("x-should-retry", "true"))).isEqualTo(RetryAdvice.RETRY);
        assertThat(UpstreamFailures.advice(503, headers("x-should-retry", "true"))).isEqualTo(RetryAdvice.RETRY);
        assertThat(UpstreamFailures.advice(409, headers("x-should-retry", "false")))
                .as("the header wins over the status").isEqualTo(RetryAdvice.DO_NOT_RETRY);
        assertThat(UpstreamFailures.advice(503, headers("x-should-retry", "maybe"))).isEqualTo(RetryAdvice.UNSAID);
        assertThat(UpstreamFailures.advice(503, headers())).isEqualTo(RetryAdvice.UNSAID);
        // Where the status says what the kind cannot: a lock timeout, a refused key.
        assertThat(UpstreamFailures.advice(409, headers())).isEqualTo(RetryAdvice.RETRY);
        assertThat(UpstreamFailures.advice(401, headers())).isEqualTo(RetryAdvice.DO_NOT_RETRY);
        assertThat(UpstreamFailures.advice(403, headers())).isEqualTo(RetryAdvice.DO_NOT_RETRY);
        assertThat(UpstreamFailures.fromStatus(P, 429, headers("x-should-retry", "false"), BODY).retryAdvice())
                .isEqualTo(RetryAdvice.DO_NOT_RETRY);
    }

    @Test
    void retryAfterMsComesFirstThenSecondsThenAnHttpDate() {
        assertThat(UpstreamFailures.retryAfter(headers("retry-after-ms", "1234.5", "retry-after", "9")))
                .isEqualTo(Duration.ofMillis(1234));
        assertThat(UpstreamFailures.retryAfter(headers("retry-after-ms", "soon", "retry-after", "2")))
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(UpstreamFailures.retryAfter(headers("retry-after-ms", "-5", "retry-after", "1.5")))
                .as("a negative wait is no wait the upstream asked for").isEqualTo(Duration.ofMillis(1500));
        assertThat(UpstreamFailures.retryAfter(headers("retry-after", "-1"))).isNull();
        final String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
        assertThat(UpstreamFailures.retryAfter(headers("retry-after", inTenSeconds)))
                .isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
        assertThat(UpstreamFailures.retryAfter(headers())).isNull();
        assertThat(UpstreamFailures.fromStatus(P, 500, headers("retry-after", "3"), BODY).retryAfter())
                .as("kept on every status the SDKs retry").isEqualTo(Duration.ofSeconds(3));
    }
}
