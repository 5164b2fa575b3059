package dev.switchboard.server.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpHeadersBuilder;

import dev.switchboard.server.provider.ApiFormat;
import dev.switchboard.server.provider.UpstreamHeaders;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.server.routing.Attempts.Attempt;
import dev.switchboard.server.routing.Attempts.Decision;
import dev.switchboard.server.routing.Attempts.MoveOn;
import dev.switchboard.server.routing.Attempts.RetryAfter;
import dev.switchboard.server.routing.Attempts.Stop;
import dev.switchboard.server.upstream.Redactor;
import dev.switchboard.server.upstream.UpstreamFailures;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * The retry decision, rule by rule, on the errors real upstream answers become (status, headers
 * and body through {@link UpstreamFailures}): the official SDKs' rules, bounded by the plan.
 */
class AttemptsTest {
    private static final UpstreamProvider P = new UpstreamProvider(
            "id", "p", "custom", ApiFormat.OPENAI, true, Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ZERO,
            WebClient.of("http://127.0.0.1:1"), UpstreamHeaders.of("http://127.0.0.1:1", HttpHeaders.of()),
            new Redactor(List.of()), null);
    private static final byte[] BODY = "{\"error\":{\"message\":\"no\",\"type\":\"x\"}}".getBytes(StandardCharsets.UTF_8);
    private static final Target A = Target.direct("p", "a");
    private static final Target B = Target.direct("p", "b");

    private final TargetStates states = new TargetStates(TargetStates.BreakerConfig.DEFAULT);

    /** The decisions does not read providers: onFailure is given the attempt. */
    private Attempts attempts(Retry retry, Target... targets) {
        return new Attempts(new RoutePlan(null, List.of(targets), retry, false), null, states,
                            System.nanoTime() + retry.deadline().toNanos());
    }

    private Attempt attempt(Target t, int number) {
        return new Attempt(t, P, states.of(t.key()), number);
    }

    /** The error an upstream answer becomes; {@code headers} are name, value pairs. */
    private static GatewayException upstream(int status, String... headers) {
        final HttpHeadersBuilder b = HttpHeaders.builder();
        for (int i = 0; i < headers.length; i += 2) {
            b.add(headers[i], headers[i + 1]);
        }
        return UpstreamFailures.fromStatus(P, status, b.build(), BODY);
    }

    @Test
    void aDirectRequestTriesThreeTimesAsTheSdksDo() {
        assertThat(Retry.DEFAULT.maxAttempts()).isEqualTo(3);
        final Attempts plan = attempts(Retry.DEFAULT, A);
        assertThat(plan.onFailure(attempt(A, 1), upstream(503))).isInstanceOf(RetryAfter.class);
        assertThat(plan.onFailure(attempt(A, 2), upstream(503))).isInstanceOf(RetryAfter.class);
        assertThat(plan.onFailure(attempt(A, 3), upstream(503))).isInstanceOf(MoveOn.class);
    }

    @Test
    void shouldRetryFalseMovesOnWithoutRetryingTheSameTarget() {
        final Attempts plan = attempts(Retry.DEFAULT, A, B);
        assertThat(plan.onFailure(attempt(A, 1), upstream(429, "x-should-retry", "false")))
                .as("an exhausted quota does not come back in 200 ms").isInstanceOf(MoveOn.class);
        assertThat(plan.onFailure(attempt(A, 1), upstream(503, "x-should-retry", "false"))).isInstanceOf(MoveOn.class);
    }

    @Test
    void shouldRetryFalseDoesNotMakeABadRequestWorthAnotherTarget() {
        final Decision d = attempts(Retry.DEFAULT, A, B).onFailure(attempt(A, 1), upstream(400, "x-should-retry", "false"));
        assertThat(d).isInstanceOf(Stop.class);
    }

    @Test
    void shouldRetryTrueRetriesWhatTheStatusAloneWouldNotWithinMaxAttempts() {
        final Attempts plan = attempts(Retry.DEFAULT, A);
        assertThat(plan.onFailure(attempt(A, 1), upstream(400, "x-should-retry", "true"))).isInstanceOf(RetryAfter.class);
        assertThat(plan.onFailure(attempt(A, 2), upstream(400, "x-should-retry", "true"))).isInstanceOf(RetryAfter.class);
        assertThat(plan.onFailure(attempt(A, 3), upstream(400, "x-should-retry", "true"))).isInstanceOf(MoveOn.class);
        assertThat(attempts(Retry.DEFAULT, A).onFailure(attempt(A, 1), upstream(400))).isInstanceOf(Stop.class);
    }

    @Test
    void aConflictIsRetriedAsALockTimeout() {
        assertThat(attempts(Retry.DEFAULT, A).onFailure(attempt(A, 1), upstream(409))).isInstanceOf(RetryAfter.class);
        assertThat(attempts(Retry.DEFAULT, A).onFailure(attempt(A, 1), upstream(409, "x-should-retry", "false")))
                .isInstanceOf(Stop.class);
    }

    @Test
    void aRefusedKeyGoesToTheNextTargetWithoutARetry() {
        assertThat(attempts(Retry.DEFAULT, A, B).onFailure(attempt(A, 1), upstream(401))).isInstanceOf(MoveOn.class);
        assertThat(attempts(Retry.DEFAULT, A, B).onFailure(attempt(A, 1), upstream(403))).isInstanceOf(MoveOn.class);
    }

    @Test
    void retryAfterMsIsReadBeforeRetryAfterAndNeverUndercut() {
        final Decision d = attempts(Retry.DEFAULT, A).onFailure(
                attempt(A, 1), upstream(429, "retry-after-ms", "1500", "retry-after", "0"));
        assertThat(((RetryAfter) d).delay()).isEqualTo(Duration.ofMillis(1500));
        final Decision seconds = attempts(Retry.DEFAULT, A).onFailure(attempt(A, 1), upstream(500, "retry-after", "2"));
        assertThat(((RetryAfter) seconds).delay()).as("any retried status, not only 429/503")
                                                  .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aWaitThatWouldPassTheDeadlineIsNotTaken() {
        final Retry shortDeadline = new Retry(3, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofMillis(500));
        final Decision d = attempts(shortDeadline, A).onFailure(attempt(A, 1), upstream(429, "retry-after-ms", "1000"));
        assertThat(d).isInstanceOf(MoveOn.class);
        final Decision asked = attempts(shortDeadline, A).onFailure(attempt(A, 1), upstream(400, "x-should-retry", "true",
                                                                                             "retry-after", "1"));
        assertThat(asked).as("x-should-retry: true is bounded by the deadline too").isInstanceOf(MoveOn.class);
    }
}
