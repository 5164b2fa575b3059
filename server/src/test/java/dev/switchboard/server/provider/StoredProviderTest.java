package dev.switchboard.server.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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

    private static StoredProvider spec(String name, Map<String, String> headers, Duration timeout) {
        return StoredProvider.unsaved(name, "custom", "openai", "https://x.test", headers, timeout, true,
                                      Duration.ofSeconds(10), Duration.ZERO, Duration.ofSeconds(60));
    }
}
