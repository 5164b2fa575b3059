package dev.switchboard.server.observe.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.crypto.Secret;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * With {@code --log-bodies on} the access line carries the prompt and the answer, with every key
 * and token in them masked: the provider's key (known to the gateway), a client key, an
 * Authorization value. Admin bodies (which carry keys by design) are never kept.
 */
class AccessLogBodiesE2ETest {
    static final String KEY = "sk-bodies-e2e-provider-31c7d9";
    @TempDir
    static Path dataDir;
    static Path file;
    static FakeUpstream upstream;
    static TestGateway gw;

    @BeforeAll
    static void start() {
        upstream = new FakeUpstream(KEY);
        file = dataDir.resolve("access.jsonl");
        final ServerConfig config = TestGateway.config(dataDir.resolve("data"));
        gw = TestGateway.start(config.withTelemetry(config.telemetry().withAccessLog(file.toString())
                                                          .withLogBodies(true)));
        gw.addProvider("pa", upstream.baseUrl(), KEY);
    }

    @AfterAll
    static void stop() {
        gw.close();
        upstream.close();
    }

    @Test
    void bodiesAreKeptWithTheirSecretsMasked() throws Exception {
        final String bearer = "opaque-e2e-bearer-value-77d0";
        final String prompt = "remember " + KEY + " and " + TestGateway.ADMIN_KEY + " and Authorization: Bearer "
                              + bearer;
        final AggregatedHttpResponse res = gw.post("/v1/chat/completions",
                "{\"model\":\"pa/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt + "\"}]}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final JsonNode line = AccessLines.of(file, res);
        final String request = line.get("request_body").asText();
        assertThat(request).contains("\"model\":\"pa/gpt-4o-mini\"", "remember ", Secret.of(KEY).masked(),
                                     Secret.of(TestGateway.ADMIN_KEY).masked(),
                                     "Bearer " + Secret.of(bearer).masked());
        assertThat(line.toString()).doesNotContain(KEY).doesNotContain(TestGateway.ADMIN_KEY).doesNotContain(bearer);
        assertThat(line.get("response_body").asText()).contains("\"choices\"");
    }

    @Test
    void aStreamsAnswerIsKeptAsItsEvents() throws Exception {
        final AggregatedHttpResponse res = gw.post("/v1/chat/completions",
                "{\"model\":\"pa/gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final JsonNode line = AccessLines.of(file, res);
        assertThat(line.get("response_body").asText()).startsWith("data: ").contains("[DONE]");
    }

    @Test
    void adminBodiesAreNeverKept() throws Exception {
        final AggregatedHttpResponse res = gw.get("/admin/v1/providers");
        assertThat(res.status().code()).isEqualTo(200);
        final JsonNode line = AccessLines.of(file, res);
        assertThat(line.has("request_body")).isFalse();
        assertThat(line.has("response_body")).isFalse();
    }
}
