package dev.switchboard.server.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.HttpHeaders;

import dev.switchboard.server.provider.ApiFormat;
import dev.switchboard.server.provider.UpstreamHeaders;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.server.testing.MutableClock;
import dev.switchboard.server.upstream.Redactor;

/** What a target's state learns from its answers' headers, on the routing's clock. */
class LearnedLimitsTest {
    private static final UpstreamProvider P = new UpstreamProvider(
            "id", "p", "custom", ApiFormat.OPENAI, true, Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ZERO,
            WebClient.of("http://127.0.0.1:1"), UpstreamHeaders.of("http://127.0.0.1:1", HttpHeaders.of()),
            new Redactor(List.of()), null);
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final TargetStates states = new TargetStates(TargetStates.BreakerConfig.DEFAULT, clock);

    @Test
    void anAnswerWithNoRequestsLeftExhaustsItsTargetUntilTheReset() {
        states.learner().seen(P, "m", 200, HttpHeaders.of("x-ratelimit-remaining-requests", "0",
                                                          "x-ratelimit-reset-requests", "2s"));
        assertThat(states.of("p/m").exhaustedUntil(clock.instant())).isEqualTo(T0.plusSeconds(2));
        assertThat(states.of("p/other").exhaustedUntil(clock.instant())).as("another model").isNull();
        clock.advance(Duration.ofMillis(1999));
        assertThat(states.of("p/m").exhaustedUntil(clock.instant())).isNotNull();
        clock.advance(Duration.ofMillis(1));
        assertThat(states.of("p/m").exhaustedUntil(clock.instant())).isNull();
    }

    @Test
    void aLaterHopefulAnswerDoesNotShortenTheWait() {
        states.learner().seen(P, "m", 429, HttpHeaders.of("retry-after", "10"));
        states.learner().seen(P, "m", 200, HttpHeaders.of("x-ratelimit-remaining-requests", "0",
                                                          "x-ratelimit-reset-requests", "1s"));
        states.learner().seen(P, "m", 200, HttpHeaders.of("x-ratelimit-remaining-requests", "5"));
        assertThat(states.of("p/m").exhaustedUntil(clock.instant())).isEqualTo(T0.plusSeconds(10));
    }
}
