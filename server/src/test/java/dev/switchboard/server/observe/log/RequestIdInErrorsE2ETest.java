package dev.switchboard.server.observe.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * Every error answer's message ends with the request's id, the one its
 * {@code x-switchboard-request-id} header carries, so a user can quote it: OpenAI's shape,
 * Anthropic's under /v1/messages, the admin API's JSON, and Armeria's own refusals (no route).
 * gRPC statuses: {@code AccessLogE2ETest}.
 */
class RequestIdInErrorsE2ETest {
    static final String KEY = "sk-request-id-errors-9c2e";
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static TestGateway gw;

    @BeforeAll
    static void start() {
        upstream = new FakeUpstream(KEY);
        gw = TestGateway.start(dataDir);
        gw.addProvider("pa", upstream.baseUrl(), KEY);
    }

    @AfterAll
    static void stop() {
        gw.close();
        upstream.close();
    }

    static String quoted(AggregatedHttpResponse res) {
        final String id = res.headers().get("x-switchboard-request-id");
        assertThat(id).as("x-switchboard-request-id").isNotBlank();
        return " (request id: " + id + ')';
    }

    @Test
    void anOpenAiErrorNamesTheRequest() throws Exception {
        final AggregatedHttpResponse res = gw.post("/v1/chat/completions",
                "{\"model\":\"nowhere/none\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(res.status().code()).isGreaterThanOrEqualTo(400);
        final String message = JSON.readTree(res.contentUtf8()).get("error").get("message").asText();
        assertThat(message).endsWith(quoted(res)).hasSizeGreaterThan(quoted(res).length());
    }

    @Test
    void aRefusedCredentialNamesTheRequestInEitherShape() throws Exception {
        final AggregatedHttpResponse openAi = gw.post("sb-wrong-key-000000000000000000000", "/v1/chat/completions", "{}");
        assertThat(openAi.status().code()).isEqualTo(401);
        assertThat(JSON.readTree(openAi.contentUtf8()).get("error").get("message").asText())
                .isEqualTo("missing or invalid API key: send 'Authorization: Bearer <key>'" + quoted(openAi));

        final AggregatedHttpResponse anthropic = gw.post("sb-wrong-key-000000000000000000000", "/v1/messages", "{}");
        assertThat(anthropic.status().code()).isEqualTo(401);
        final JsonNode body = JSON.readTree(anthropic.contentUtf8());
        assertThat(body.get("type").asText()).isEqualTo("error");
        assertThat(body.get("error").get("message").asText())
                .isEqualTo("missing or invalid API key: send 'x-api-key: <key>'" + quoted(anthropic));
    }

    @Test
    void anAnthropicErrorFromTheServiceNamesTheRequest() throws Exception {
        final AggregatedHttpResponse res = gw.post("/v1/messages", "{\"model\":\"pa/gpt-4o-mini\"}");
        assertThat(res.status().code()).isEqualTo(400);
        final JsonNode body = JSON.readTree(res.contentUtf8());
        assertThat(body.get("type").asText()).isEqualTo("error");
        assertThat(body.get("error").get("message").asText()).endsWith(quoted(res));
    }

    @Test
    void anAdminErrorNamesTheRequest() throws Exception {
        final AggregatedHttpResponse res = gw.get("/admin/v1/providers/no-such-provider");
        assertThat(res.status().code()).isEqualTo(404);
        assertThat(res.contentUtf8()).contains(quoted(res));
    }

    @Test
    void aPathNoRouteServesNamesTheRequest() throws Exception {
        final AggregatedHttpResponse res = gw.get("/v1/no-such-route");
        assertThat(res.status().code()).isEqualTo(404);
        assertThat(JSON.readTree(res.contentUtf8()).get("error").get("message").asText())
                .isEqualTo("no route for GET /v1/no-such-route" + quoted(res));
    }
}
