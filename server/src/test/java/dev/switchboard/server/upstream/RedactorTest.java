package dev.switchboard.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.switchboard.server.crypto.Secret;

class RedactorTest {
    @Test
    void secretsBecomeTheirMaskShortOnesWhole() {
        final Redactor r = new Redactor(List.of(Secret.of("sk-live-0123456789abcd"), Secret.of("k9Zq")));
        assertThat(r.redact("bad key sk-live-0123456789abcd, header k9Zq"))
                .isEqualTo("bad key ****abcd, header ****");
    }

    @Test
    void queryStringsAreStripped() {
        assertThat(new Redactor(List.of()).redact("GET https://host/v1/models?key=abc failed"))
                .isEqualTo("GET https://host/v1/models?<redacted> failed");
    }
}
