package dev.switchboard.server.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void masksAllButTheLastFourCharacters() {
        assertThat(Secret.of("sk-abcdef1234").masked()).isEqualTo("****1234");
        assertThat(Secret.of("12345").masked()).isEqualTo("****2345");
    }

    @Test
    void masksSecretsOfFourOrFewerCharactersFully() {
        assertThat(Secret.of("abcd").masked()).isEqualTo("****");
        assertThat(Secret.of("abc").masked()).isEqualTo("****");
        assertThat(Secret.of("").masked()).isEqualTo("****");
    }

    @Test
    void masksByCharacterNotByUtf16Unit() {
        // Five code points, the last an emoji of two UTF-16 units: the tail is not split.
        assertThat(Secret.of("ab" + "cd\uD83D\uDE00").masked()).isEqualTo("****bcd\uD83D\uDE00");
    }

    @Test
    void toStringNeverRevealsTheSecret() {
        final Secret secret = Secret.of("sk-abcdef1234");
        assertThat(secret.toString()).isEqualTo("****1234").doesNotContain("abcdef");
        assertThat(String.valueOf(Secret.of("tiny"))).isEqualTo("****");
        assertThat(secret.reveal()).isEqualTo("sk-abcdef1234");
    }

    @Test
    void equalsAndHashCodeByValue() {
        assertThat(Secret.of("sk-1")).isEqualTo(Secret.of("sk-1"))
                                     .hasSameHashCodeAs(Secret.of("sk-1"))
                                     .isNotEqualTo(Secret.of("sk-2"))
                                     .isNotEqualTo("sk-1");
        // Same last four, different secrets.
        assertThat(Secret.of("aaaa1234")).isNotEqualTo(Secret.of("bbbb1234"));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Secret.of(null)).isInstanceOf(NullPointerException.class);
    }
}
