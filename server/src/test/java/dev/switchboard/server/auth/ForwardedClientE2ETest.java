package dev.switchboard.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.testing.TestGateway;

/**
 * Behind a load balancer every client shares the proxy's address: with the proxy trusted, failed
 * authentications are counted per forwarded client, so one client's guessing does not lock out the
 * others; without it, a forwarded header is not believed (anyone could name any address).
 */
class ForwardedClientE2ETest {
    @TempDir
    Path dataDir;

    static int models(TestGateway gw, String key, String forwardedFor) {
        final RequestHeaders headers = RequestHeaders.builder(HttpMethod.GET, "/v1/models")
                                                     .add("authorization", "Bearer " + key)
                                                     .add("x-forwarded-for", forwardedFor).build();
        return WebClient.of(gw.baseUrl()).execute(HttpRequest.of(headers)).aggregate().join().status().code();
    }

    @Test
    void failuresCountPerForwardedClientOnlyWhenTheProxyIsTrusted() {
        try (TestGateway gw = TestGateway.start(TestGateway.config(dataDir).withAuthFailuresPerMinute(3)
                                                           .withTrustedProxies(List.of("127.0.0.0/8")))) {
            for (int i = 0; i < 4; i++) {
                assertThat(models(gw, "sb-wrong", "203.0.113.5")).isEqualTo(401);
            }
            assertThat(models(gw, TestGateway.ADMIN_KEY, "203.0.113.5")).as("the guessing client").isEqualTo(429);
            assertThat(models(gw, TestGateway.ADMIN_KEY, "198.51.100.9")).as("another client").isEqualTo(200);
        }
        try (TestGateway gw = TestGateway.start(TestGateway.config(dataDir).withAuthFailuresPerMinute(3))) {
            for (int i = 0; i < 4; i++) {
                assertThat(models(gw, "sb-wrong", "203.0.113." + i)).isEqualTo(401);
            }
            // Untrusted, the header changes nothing: the connection's address failed four times.
            assertThat(models(gw, TestGateway.ADMIN_KEY, "198.51.100.9")).isEqualTo(429);
        }
    }
}
