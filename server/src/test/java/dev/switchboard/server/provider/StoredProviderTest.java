package dev.switchboard.server.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import org.junit.jupiter.api.Test;

class StoredProviderTest {

    @Test
    void copiesHeadersSoLaterChangesDoNotLeakIn() {
        final Map<String, String> headers = new HashMap<>(Map.of("X-A", "1"));
        final StoredProvider spec = spec("openai", headers, Duration.ofSeconds(1));
        headers.put("X-B", "2");

        assertThat(spec.headers()).containsOnlyKeys("X-A");
        assertThatThrownBy(() -> spec.headers().put("X-C", "3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNamesThatCannotPrefixAModelId() {
        for (String name : new String[] { "", "open ai", "openai/eu", "ü" }) {
            assertThatThrownBy(() -> spec(name, Map.of(), Duration.ofSeconds(1)))
                    .isInstanceOfSatisfying(GatewayException.class,
                                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST));
        }
        assertThat(spec("a.b_c-D9", Map.of(), Duration.ofSeconds(1)).name()).isEqualTo("a.b_c-D9");
    }

    @Test
    void rejectsTimeoutsBelowOneMillisecond() {
        assertThatThrownBy(() -> spec("openai", Map.of(), Duration.ZERO))
                .isInstanceOf(GatewayException.class)
                .hasMessage("timeout: PT0S (expected: >= 1ms)");
        assertThatThrownBy(() -> spec("openai", Map.of(), Duration.ofNanos(999_999)))
                .isInstanceOf(GatewayException.class);
        assertThat(spec("openai", Map.of(), Duration.ofNanos(1_500_000)).timeout()).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> StoredProvider.unsaved("openai", null, "openai", "u", Map.of(), Duration.ofSeconds(1),
                                                        true, Duration.ofSeconds(10), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("preset");
    }

    @Test
    void rejectsTimingThatCannotBeKept() {
        assertThatThrownBy(() -> timing(Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(GatewayException.class).hasMessage("connect_timeout: 0ms (expected: > 0)");
        assertThatThrownBy(() -> timing(Duration.ofSeconds(1), Duration.ofMillis(-1), Duration.ZERO))
                .isInstanceOf(GatewayException.class).hasMessage("first_token_timeout: must not be negative");
        assertThatThrownBy(() -> timing(Duration.ofSeconds(1), Duration.ZERO, Duration.ofMillis(-1)))
                .isInstanceOf(GatewayException.class).hasMessage("health_check_interval: must not be negative");
    }

    @Test
    void aZeroFirstTokenTimeoutIsTheTimeout() {
        assertThat(timing(Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO).effectiveFirstTokenTimeout())
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(timing(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ZERO).effectiveFirstTokenTimeout())
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void toStringShowsNoSealedValue() {
        final StoredProvider stored = spec("openai", Map.of("X-Visible", "v"), Duration.ofSeconds(1))
                .stored("id-1", "c2VhbGVkLWtleQ==", "c2VhbGVkLWhlYWRlcnM=", Instant.EPOCH, Instant.EPOCH);

        assertThat(stored.toString()).contains("id-1", "openai", "X-Visible", "apiKey=sealed", "secretHeaders=sealed")
                                     .doesNotContain("c2VhbGVkLWtleQ==", "c2VhbGVkLWhlYWRlcnM=");
        assertThat(spec("openai", Map.of(), Duration.ofSeconds(1)).toString())
                .contains("apiKey=none", "secretHeaders=none");
    }

    private static StoredProvider timing(Duration connect, Duration firstToken, Duration healthCheck) {
        return StoredProvider.unsaved("p", "custom", "openai", "https://x.test", Map.of(), Duration.ofSeconds(7), true,
                                      connect, firstToken, healthCheck);
    }

    private static StoredProvider spec(String name, Map<String, String> headers, Duration timeout) {
        return StoredProvider.unsaved(name, "custom", "openai", "https://x.test", headers, timeout, true,
                                      Duration.ofSeconds(10), Duration.ZERO, Duration.ofSeconds(60));
    }
}
