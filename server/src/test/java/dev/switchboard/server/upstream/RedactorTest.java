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

    @Test
    void credentialLookingValuesAreMaskedWhoeverTheyBelongTo() {
        assertThat(Redactor.credentials("{\"api_key\":\"plain-value-1234\",\"x-api-key\":\"abc\","
                                        + "\"Authorization\":\"Bearer tok-9876543210\"}"))
                .isEqualTo("{\"api_key\":\"****1234\",\"x-api-key\":\"****\",\"Authorization\":\"****3210\"}");
        assertThat(Redactor.credentials("use Bearer abcdefgh12345678 or Basic dXNlcjpwYXNzd29yZA=="))
                .isEqualTo("use Bearer ****5678 or Basic ****ZA==");
        assertThat(Redactor.credentials("keys sb-AbCdEfGh0123456789xyz, sk-proj-abcdefghijkl0000 and "
                                        + "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"))
                .isEqualTo("keys ****9xyz, ****0000 and ****dXJl");
    }

    @Test
    void ordinaryTextAndTokenCountsAreLeftAlone() {
        final String body = "{\"model\":\"gpt-4o-mini\",\"max_tokens\":64,\"messages\":[{\"role\":\"user\","
                            + "\"content\":\"a token bucket and a secret garden, sk-short\"}]}";
        assertThat(Redactor.credentials(body)).isEqualTo(body);
    }
}
