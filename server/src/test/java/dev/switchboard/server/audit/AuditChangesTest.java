package dev.switchboard.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.protobuf.Duration;
import com.google.protobuf.Timestamp;

import dev.switchboard.v1.ApiKey;
import dev.switchboard.v1.CreateKeyResponse;
import dev.switchboard.v1.CreateOAuthClientResponse;
import dev.switchboard.v1.OAuthClient;
import dev.switchboard.v1.Provider;

class AuditChangesTest {
    private static final Provider VIEW = Provider.newBuilder()
                                                 .setId("7f0c")
                                                 .setName("openai")
                                                 .setBaseUrl("https://api.openai.com/v1")
                                                 .setApiKeyMasked("****9xYz")
                                                 .putHeaders("x-team", "blue")
                                                 .putSecretHeadersMasked("x-org", "****0rg1")
                                                 .setTimeout(Duration.newBuilder().setSeconds(90))
                                                 .setEnabled(false)
                                                 .setState(Provider.State.CONNECTING)
                                                 .setCreateTime(Timestamp.newBuilder().setSeconds(1))
                                                 .build();

    @Test
    void aCreateRecordsEverySettableFieldSecretsByTheirMaskedTwin() {
        assertThat(AuditChanges.settable(VIEW)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "name", "openai",
                "base_url", "https://api.openai.com/v1",
                "api_key", "****9xYz",
                "headers", "{\"x-team\":\"blue\"}",
                "secret_headers", "{\"x-org\":\"****0rg1\"}",
                "timeout", "90s",
                "enabled", "false"));
    }

    @Test
    void anUpdateRecordsTheNamedFieldsEvenWhenCleared() {
        assertThat(AuditChanges.fields(VIEW, List.of("api_key", "headers", "preset", "enabled")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("api_key", "****9xYz",
                                                           "headers", "{\"x-team\":\"blue\"}",
                                                           "preset", "",
                                                           "enabled", "false"));
    }

    @Test
    void masksSecretNamedFieldsThatHaveNoMaskedTwin() {
        final CreateKeyResponse key = CreateKeyResponse.newBuilder()
                                                       .setKey(ApiKey.newBuilder().setName("ci"))
                                                       .setSecret("sb-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQ1w2")
                                                       .build();
        assertThat(AuditChanges.settable(key)).containsEntry("secret", "****Q1w2")
                                              .containsEntry("key", "{\"name\":\"ci\"}");
        final CreateOAuthClientResponse client = CreateOAuthClientResponse.newBuilder()
                                                                          .setClient(OAuthClient.newBuilder()
                                                                                                .setName("bot"))
                                                                          .setClientSecret("cs-0123456789abcdefR2d2")
                                                                          .build();
        assertThat(AuditChanges.fields(client, List.of("client_secret")))
                .containsOnly(Map.entry("client_secret", "****R2d2"));
        // A request passed by mistake: its secrets are read from the (empty) masked twins.
        final Provider input = Provider.newBuilder().setApiKey("sk-plain-secret-T3s4")
                                       .putSecretHeaders("x-org", "org-secret-U5v6").build();
        assertThat(AuditChanges.fields(input, List.of("api_key", "secret_headers")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("api_key", "",
                                                           "secret_headers", "{}"));
    }
}
