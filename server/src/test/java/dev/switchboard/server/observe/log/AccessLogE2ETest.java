package dev.switchboard.server.observe.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.observe.RequestWatch;
import dev.switchboard.server.observe.Telemetry;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;

/**
 * The access log through the production wiring, to a file: every request (a chat, a stream, a
 * refusal by authentication or by a limit, an admin call, a gRPC failure) makes exactly one JSON
 * line with the request's id, the caller, the route and the ledger's numbers; no bodies unless
 * asked for.
 */
class AccessLogE2ETest {
    static final String KEY = "sk-access-log-e2e-5fd1c0";
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dataDir;
    static Path file;
    static FakeUpstream upstream;
    static TestGateway gw;
    static String key;

    @BeforeAll
    static void start() throws Exception {
        upstream = new FakeUpstream(KEY);
        file = dataDir.resolve("logs/access.jsonl");
        final ServerConfig config = TestGateway.config(dataDir.resolve("data"));
        gw = TestGateway.start(config.withTelemetry(config.telemetry().withAccessLog(file.toString())));
        gw.addProvider("pa", upstream.baseUrl(), KEY);
        // A stand-in tracer: names the trace of a request that asks for it, as a tracer's watch would.
        gw.gateway().observability().add((ctx, id) -> {
            final String trace = ctx.request().headers().get("x-test-trace-id");
            if (trace != null) {
                ctx.setAttr(Telemetry.TRACE_ID, trace);
            }
            return RequestWatch.NONE;
        });
        gw.createUser("ada-log", "member");
        key = createKey("ada-log");
    }

    @AfterAll
    static void stop() {
        gw.close();
        upstream.close();
    }

    static String createKey(String user) {
        return gw.createKey(user, "");
    }

    static AggregatedHttpResponse chat(String credential, String path, String extra) {
        return gw.post(credential, path, "{\"model\":\"pa/gpt-4o-mini\",\"messages\":[{\"role\":\"user\","
                                         + "\"content\":\"hi\"}]" + extra + '}');
    }

    @Test
    void aChatMakesOneLineWithItsCallerRouteAndTokens() throws Exception {
        // A query string can carry a secret: the line keeps the path alone.
        final AggregatedHttpResponse res = chat(key, "/v1/chat/completions?api_key=sk-in-a-query-0000", "");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final JsonNode usage = JSON.readTree(res.contentUtf8()).get("usage");
        final JsonNode line = AccessLines.of(file, res);
        assertThat(line.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(line.get("method").asText()).isEqualTo("POST");
        assertThat(line.get("path").asText()).isEqualTo("/v1/chat/completions");
        assertThat(line.toString()).doesNotContain("sk-in-a-query");
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.get("user").asText()).isEqualTo("ada-log");
        assertThat(key).startsWith(line.get("key_prefix").asText());
        assertThat(line.get("key_prefix").asText().length()).isLessThan(key.length() / 2);
        assertThat(line.get("client").asText()).isEqualTo("127.0.0.1");
        assertThat(line.get("ingress").asText()).isEqualTo("chat");
        assertThat(line.get("provider").asText()).isEqualTo("pa");
        assertThat(line.get("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(line.get("requested_model").asText()).isEqualTo("pa/gpt-4o-mini");
        assertThat(line.get("stream").asBoolean()).isFalse();
        assertThat(line.has("error_kind")).isFalse();
        assertThat(line.get("prompt_tokens").asLong()).isEqualTo(usage.get("prompt_tokens").asLong()).isPositive();
        assertThat(line.get("completion_tokens").asLong()).isEqualTo(usage.get("completion_tokens").asLong());
        assertThat(line.get("attempts").asInt()).isEqualTo(1);
        assertThat(line.get("failovers").asInt()).isZero();
        assertThat(line.get("latency_ms").asLong()).isNotNegative();
        assertThat(line.get("bytes_out").asLong()).isEqualTo(res.content().length());
        assertThat(line.has("request_body")).isFalse();
        assertThat(line.has("response_body")).isFalse();
        assertThat(line.has("trace_id")).as("no tracer here").isFalse();
    }

    @Test
    void aStreamMakesOneLineWithTheTokensItReported() throws Exception {
        final AggregatedHttpResponse res = chat(key, "/v1/chat/completions",
                                                ",\"stream\":true,\"stream_options\":{\"include_usage\":true}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        JsonNode usage = null;
        for (String event : res.contentUtf8().split("\n")) {
            if (event.startsWith("data: {") && event.contains("\"usage\":{")) {
                usage = JSON.readTree(event.substring(6)).get("usage");
            }
        }
        assertThat(usage).as("the stream's usage chunk").isNotNull();
        final JsonNode line = AccessLines.of(file, res);
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.get("stream").asBoolean()).isTrue();
        assertThat(line.get("provider").asText()).isEqualTo("pa");
        assertThat(line.get("prompt_tokens").asLong()).isEqualTo(usage.get("prompt_tokens").asLong());
        assertThat(line.get("completion_tokens").asLong()).isEqualTo(usage.get("completion_tokens").asLong())
                                                          .isPositive();
        assertThat(line.get("ttft_ms").asLong()).isNotNegative();
    }

    @Test
    void aTracedRequestsTraceIdIsInItsAnswerAndItsLine() throws Exception {
        final String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        final AggregatedHttpResponse res = gw.as(key).execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions").contentType(MediaType.JSON_UTF_8)
                              .add("x-test-trace-id", trace).build(),
                HttpData.ofUtf8("{\"model\":\"pa/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")))
                                                 .aggregate().join();
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(res.headers().get("x-switchboard-trace-id")).isEqualTo(trace);
        assertThat(AccessLines.of(file, res).get("trace_id").asText()).isEqualTo(trace);
    }

    @Test
    void aRefusedCredentialMakesOneLineWithoutAUser() throws Exception {
        final AggregatedHttpResponse res = chat("sb-not-a-real-key-0000000000000000", "/v1/chat/completions", "");
        assertThat(res.status().code()).isEqualTo(401);
        final JsonNode line = AccessLines.of(file, res);
        assertThat(line.get("status").asInt()).isEqualTo(401);
        assertThat(line.get("error_kind").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(line.get("ingress").asText()).isEqualTo("chat");
        assertThat(line.has("user")).isFalse();
        assertThat(line.has("provider")).isFalse();
    }

    @Test
    void aRateLimitedRequestMakesOneLineWithItsRefusal() throws Exception {
        gw.createUser("limited-log", "member");
        final String limited = createKey("limited-log");
        final String keyId = JSON.readTree(gw.as(limited).get("/admin/v1/me").aggregate().join().contentUtf8())
                                 .get("key_id").asText();
        final AggregatedHttpResponse set = gw.rest().execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.PUT, "/admin/v1/limits/key/" + keyId)
                              .contentType(MediaType.JSON_UTF_8).build(),
                HttpData.ofUtf8("{\"requests_per_minute\":1}"))).aggregate().join();
        assertThat(set.status().code()).as(set.contentUtf8()).isEqualTo(200);
        assertThat(chat(limited, "/v1/chat/completions", "").status().code()).isEqualTo(200);
        final AggregatedHttpResponse res = chat(limited, "/v1/chat/completions", "");
        assertThat(res.status().code()).isEqualTo(429);
        final JsonNode line = AccessLines.of(file, res);
        assertThat(line.get("status").asInt()).isEqualTo(429);
        assertThat(line.get("error_kind").asText()).isEqualTo("RATE_LIMITED");
        assertThat(line.get("user").asText()).isEqualTo("limited-log");
    }

    @Test
    void anAdminCallMakesOneLine() throws Exception {
        final AggregatedHttpResponse res = gw.get("/admin/v1/providers");
        assertThat(res.status().code()).isEqualTo(200);
        final JsonNode line = AccessLines.of(file, res);
        assertThat(line.get("method").asText()).isEqualTo("GET");
        assertThat(line.get("path").asText()).isEqualTo("/admin/v1/providers");
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.get("user").asText()).isEqualTo("admin");
        assertThat(line.has("ingress")).isFalse();
    }

    @Test
    void theModelListIsNoIngress() throws Exception {
        final AggregatedHttpResponse res = gw.get("/v1/models");
        assertThat(res.status().code()).isEqualTo(200);
        final JsonNode line = AccessLines.of(file, res);
        assertThat(line.get("path").asText()).isEqualTo("/v1/models");
        // Not "grpc", which is what Ingress.ofPath answers for any path it does not know.
        assertThat(line.has("ingress")).isFalse();
    }

    @Test
    void aGrpcFailureMakesOneLineWithItsStatusAndNamesTheRequestInItsDescription() throws Exception {
        final ManagedChannel channel = gw.channel();
        try {
            final InferenceGrpc.InferenceBlockingStub stub = InferenceGrpc.newBlockingStub(channel)
                                                                          .withCallCredentials(TestGateway.bearer(key));
            final ChatCompletionRequest req = ChatCompletionRequest.newBuilder().setModel("nowhere/none").addMessages(
                    Message.newBuilder().setRole(Role.ROLE_USER).addContent(ContentPart.newBuilder().setText("hi")))
                                                                   .build();
            final String[] id = new String[1];
            assertThatThrownBy(() -> stub.createChatCompletion(req))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        final String description = e.getStatus().getDescription();
                        assertThat(description).matches("(?s).+ \\(request id: [0-9a-f]+\\)");
                        id[0] = description.substring(description.lastIndexOf(": ") + 2, description.length() - 1);
                    });
            final JsonNode line = AccessLines.of(file, id[0]);
            assertThat(line.get("grpc_status").asInt()).isNotZero();
            assertThat(line.get("error_kind").asText()).isNotEmpty();
            assertThat(line.get("user").asText()).isEqualTo("ada-log");
        } finally {
            TestGateway.shutdown(channel);
        }
    }
}
