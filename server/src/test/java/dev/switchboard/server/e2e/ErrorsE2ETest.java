package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpRequestWriter;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.routing.TargetStates;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

/** Each failure the gateway reports: its HTTP status and OpenAI body, its gRPC status and details. */
class ErrorsE2ETest {
    static final String KEY = "sk-errors-upstream-1b2c3d";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static TestGateway gateway;
    static ManagedChannel channel;
    static JsonNode providersBefore;

    @BeforeAll
    static void start() throws Exception {
        upstream = new FakeUpstream(KEY);
        // Each failing request tries its target three times, and these tests fail on purpose: a
        // breaker that trips would answer circuit_open instead of the error under test.
        gateway = TestGateway.start(TestGateway.config(dataDir).withMaxRequestBytes(64 * 1024).withBreaker(
                new TargetStates.BreakerConfig(0.5, 1000, Duration.ofSeconds(20), Duration.ofSeconds(10),
                                               Duration.ofSeconds(3))));
        gateway.addProvider("local", upstream.baseUrl(), KEY);
        final int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        gateway.addProvider("down", "http://127.0.0.1:" + closedPort + "/v1", KEY);
        final AggregatedHttpResponse slow = gateway.post("/admin/v1/providers",
                "{\"name\":\"slow\",\"base_url\":\"" + upstream.baseUrl() + "\",\"api_key\":\"" + KEY
                + "\",\"timeout\":\"1s\"}");
        assertThat(slow.status().code()).isEqualTo(200);
        channel = gateway.channel();
        providersBefore = providers();
    }

    @AfterAll
    static void stop() throws Exception {
        // Nothing any failing request did may have changed what is stored.
        assertThat(providers()).isEqualTo(providersBefore);
        TestGateway.shutdown(channel);
        gateway.close();
        upstream.close();
    }

    static JsonNode providers() throws Exception {
        final JsonNode list = mapper.readTree(gateway.get("/admin/v1/providers").contentUtf8());
        // The state fields and the usage summary describe traffic, not configuration.
        list.get("providers").forEach(p -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove(
                    List.of("state", "state_time", "last_error", "last_error_time", "usage_24h"));
        });
        return list;
    }

    static AggregatedHttpResponse chat(String body) {
        return gateway.post("/v1/chat/completions", body);
    }

    static String simple(String model, boolean stream) {
        return "{\"model\":\"" + model + "\",\"stream\":" + stream
               + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    }

    static JsonNode assertOpenAiError(AggregatedHttpResponse res, int status, String type) throws Exception {
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(status);
        assertThat(res.headers().contentType()).isNotNull();
        assertThat(res.headers().contentType().is(MediaType.JSON)).isTrue();
        final JsonNode error = mapper.readTree(res.contentUtf8()).get("error");
        assertThat(error).isNotNull();
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("type").asText()).isEqualTo(type);
        assertThat(error.has("code")).isTrue();
        return error;
    }

    static InferenceGrpc.InferenceBlockingStub stub() {
        return InferenceGrpc.newBlockingStub(channel).withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY));
    }

    static ChatCompletionRequest grpcChat(String model) {
        return ChatCompletionRequest.newBuilder().setModel(model).addMessages(
                Message.newBuilder().setRole(Role.ROLE_USER).addContent(ContentPart.newBuilder().setText("hi"))).build();
    }

    static ErrorInfo errorInfo(StatusRuntimeException e) throws Exception {
        final com.google.rpc.Status status = StatusProto.fromThrowable(e);
        assertThat(status).as("google.rpc.Status details").isNotNull();
        return status.getDetailsList().stream().filter(a -> a.is(ErrorInfo.class)).findFirst()
                     .orElseThrow().unpack(ErrorInfo.class);
    }

    @Test
    void malformedJsonIs400() throws Exception {
        final JsonNode e = assertOpenAiError(chat("{\"model\": \"local/x\", \"messages\": [}"), 400,
                                             "invalid_request_error");
        assertThat(e.get("message").asText()).containsIgnoringCase("json");
        assertOpenAiError(chat("{\"model\":\"local/x\",\"messages\":\"nope\"}"), 400, "invalid_request_error");
        assertOpenAiError(chat("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"), 400, "invalid_request_error");
    }

    @Test
    void missingOrWrongKeyIs401OverRestAndGrpc() throws Exception {
        final WebClient anonymous = WebClient.of(gateway.baseUrl());
        final AggregatedHttpResponse none = anonymous.execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions").contentType(MediaType.JSON).build(),
                HttpData.ofUtf8(simple("local/gpt-4o-mini", false)))).aggregate().join();
        assertOpenAiError(none, 401, "invalid_request_error");
        final AggregatedHttpResponse wrong = WebClient.builder(gateway.baseUrl())
                .addHeader("authorization", "Bearer sb-wrong-key-000000000000").build()
                .get("/v1/models").aggregate().join();
        assertOpenAiError(wrong, 401, "invalid_request_error");
        assertThat(anonymous.get("/admin/v1/providers").aggregate().join().status().code()).isEqualTo(401);
        assertThat(anonymous.get("/health").aggregate().join().status().code()).isEqualTo(200);

        final StatusRuntimeException noCreds = catchThrowableOfType(StatusRuntimeException.class,
                () -> InferenceGrpc.newBlockingStub(channel).createChatCompletion(grpcChat("local/gpt-4o-mini")));
        assertThat(noCreds.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        final StatusRuntimeException badCreds = catchThrowableOfType(StatusRuntimeException.class,
                () -> InferenceGrpc.newBlockingStub(channel).withCallCredentials(TestGateway.bearer("sb-nope-nope-nope"))
                                   .createChatCompletion(grpcChat("local/gpt-4o-mini")));
        assertThat(badCreds.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void unknownModelIs404WithSuggestions() throws Exception {
        final JsonNode e = assertOpenAiError(chat(simple("gpt-4o-mimi", false)), 404, "invalid_request_error");
        assertThat(e.get("code").asText()).isEqualTo("model_not_found");
        assertThat(e.get("message").asText()).contains("gpt-4o-mimi").contains("local/gpt-4o-mini");
        assertOpenAiError(chat(simple("nosuchprovider/gpt-4o-mini", true)), 404, "invalid_request_error");

        final StatusRuntimeException grpc = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub().createChatCompletion(grpcChat("gpt-4o-mimi")));
        assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        final ErrorInfo info = errorInfo(grpc);
        assertThat(info.getDomain()).isEqualTo("switchboard");
        assertThat(info.getReason()).isEqualTo("NOT_FOUND");
        assertThat(info.getMetadataMap()).containsEntry("code", "model_not_found").containsEntry("http_status", "404");
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        final String big = "x".repeat(70 * 1024);
        final AggregatedHttpResponse res = chat("{\"model\":\"local/gpt-4o-mini\",\"messages\":[{\"role\":\"user\","
                                                + "\"content\":\"" + big + "\"}]}");
        assertOpenAiError(res, 413, "invalid_request_error");
        // Without a length up front the body is refused while it is read (before the service runs);
        // either way an Anthropic client gets Anthropic's shape.
        assertOpenAiError(sendInPieces("/v1/chat/completions", big), 413, "invalid_request_error");
        for (AggregatedHttpResponse anthropic : List.of(gateway.post("/v1/messages", big),
                                                         sendInPieces("/v1/messages", big))) {
            assertThat(anthropic.status().code()).isEqualTo(413);
            final JsonNode body = mapper.readTree(anthropic.contentUtf8());
            assertThat(body.get("type").asText()).isEqualTo("error");
            assertThat(body.at("/error/type").asText()).isEqualTo("request_too_large");
        }
    }

    /** Posts {@code body} in 1 KB pieces without a content-length (chunked). */
    static AggregatedHttpResponse sendInPieces(String path, String body) {
        final HttpRequestWriter req = HttpRequest.streaming(
                RequestHeaders.builder(HttpMethod.POST, path).contentType(MediaType.JSON)
                              .add("authorization", "Bearer " + TestGateway.ADMIN_KEY).build());
        for (int i = 0; i < body.length(); i += 1024) {
            req.write(HttpData.ofUtf8(body.substring(i, Math.min(body.length(), i + 1024))));
        }
        req.close();
        return WebClient.of(gateway.baseUrl()).execute(req).aggregate().join();
    }

    @Test
    void upstream429KeepsRetryAfter() throws Exception {
        final AggregatedHttpResponse res = chat(simple("local/rate-limited", false));
        final JsonNode e = assertOpenAiError(res, 429, "rate_limit_error");
        assertThat(res.headers().get("retry-after")).isEqualTo("7");
        assertThat(e.get("message").asText()).contains("Rate limit reached");
        // Before the first chunk a failed stream is still a plain HTTP error.
        final AggregatedHttpResponse stream = chat(simple("local/rate-limited", true));
        assertOpenAiError(stream, 429, "rate_limit_error");
        assertThat(stream.headers().get("retry-after")).isEqualTo("7");

        final StatusRuntimeException grpc = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub().createChatCompletion(grpcChat("local/rate-limited")));
        assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        final RetryInfo retry = StatusProto.fromThrowable(grpc).getDetailsList().stream()
                                           .filter(a -> a.is(RetryInfo.class)).findFirst().orElseThrow()
                                           .unpack(RetryInfo.class);
        assertThat(retry.getRetryDelay().getSeconds()).isEqualTo(7);
    }

    @Test
    void unreachableUpstreamIs502() throws Exception {
        final JsonNode e = assertOpenAiError(chat(simple("down/gpt-4o-mini", false)), 502, "upstream_error");
        assertThat(e.get("code").asText()).isEqualTo("upstream_unreachable");
        assertThat(e.get("message").asText()).contains("down").doesNotContain(KEY);
        final StatusRuntimeException grpc = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub().createChatCompletion(grpcChat("down/gpt-4o-mini")));
        assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    }

    @Test
    void upstreamServerErrorIs502() throws Exception {
        final JsonNode e = assertOpenAiError(chat(simple("local/server-error", false)), 502, "upstream_error");
        assertThat(e.get("message").asText()).contains("The server had an error");
    }

    @Test
    void anUpstreamEchoingTheKeyNeverShowsItToTheClient() throws Exception {
        final AggregatedHttpResponse unary = chat(simple("local/leaky-error", false));
        final JsonNode e = assertOpenAiError(unary, 400, "invalid_request_error");
        assertThat(unary.contentUtf8()).doesNotContain(KEY);
        assertThat(e.get("message").asText()).contains("may not use this model").contains("****");

        final AggregatedHttpResponse stream = chat(simple("local/error-in-stream", true));
        assertThat(stream.status().code()).isEqualTo(200);
        assertThat(stream.contentUtf8()).doesNotContain(KEY);
        final List<String> events = InferenceE2ETest.dataLines(stream.contentUtf8());
        assertThat(events).hasSize(3).last().isEqualTo("[DONE]");
        assertThat(mapper.readTree(events.get(1)).at("/error/message").asText()).contains("Overloaded for key ****");

        final StatusRuntimeException grpc = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub().streamChatCompletion(grpcChat("local/error-in-stream")).forEachRemaining(c -> {}));
        assertThat(grpc.getStatus().getDescription()).doesNotContain(KEY).contains("****");
        assertThat(StatusProto.fromThrowable(grpc).toString()).doesNotContain(KEY);
    }

    @Test
    void upstreamOverloadedIs503() throws Exception {
        final JsonNode e = assertOpenAiError(chat(simple("local/overloaded", false)), 503, "upstream_error");
        assertThat(e.get("message").asText()).contains("overloaded");
    }

    @Test
    void docsAndHealthAreOpenEverythingElseNeedsTheKey() {
        final WebClient anonymous = WebClient.of(gateway.baseUrl());
        assertThat(anonymous.get("/docs/").aggregate().join().status().code()).isEqualTo(200);
        final String spec = anonymous.get("/docs/specification.json").aggregate().join().contentUtf8();
        assertThat(spec).contains("switchboard.v1.Inference").contains("switchboard.v1.ProviderAdmin");
        assertThat(anonymous.get("/v1/models").aggregate().join().status().code()).isEqualTo(401);
    }

    @Test
    void upstreamTimeoutIs504() throws Exception {
        final JsonNode e = assertOpenAiError(chat(simple("slow/hang", false)), 504, "timeout_error");
        assertThat(e.get("message").asText()).contains("slow");
        final StatusRuntimeException grpc = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub().createChatCompletion(grpcChat("slow/hang")));
        assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
    }

    @Test
    void streamsTimeOutBeforeTheFirstByteAndWhenTheUpstreamFallsSilent() throws Exception {
        final JsonNode early = assertOpenAiError(chat(simple("slow/hang", true)), 504, "timeout_error");
        assertThat(early.get("message").asText()).contains("did not start answering within 1000ms");

        final AggregatedHttpResponse res = chat(simple("slow/hang-stream", true));
        assertThat(res.status().code()).isEqualTo(200);
        final List<String> events = InferenceE2ETest.dataLines(res.contentUtf8());
        assertThat(events).hasSize(3);
        assertThat(mapper.readTree(events.get(0)).at("/choices/0/delta/content").asText()).isEqualTo("Hel");
        final JsonNode error = mapper.readTree(events.get(1)).get("error");
        assertThat(error.get("type").asText()).isEqualTo("timeout_error");
        assertThat(error.get("message").asText()).contains("sent nothing for 1000ms");
        assertThat(events.get(2)).isEqualTo("[DONE]");
    }

    @Test
    void failureAfterTheFirstChunkEndsWithAnErrorEventThenDone() throws Exception {
        final AggregatedHttpResponse res = chat(simple("local/broken-stream", true));
        assertThat(res.status().code()).isEqualTo(200);
        final List<String> events = InferenceE2ETest.dataLines(res.contentUtf8());
        assertThat(events).hasSize(3);
        assertThat(mapper.readTree(events.get(0)).at("/choices/0/delta/content").asText()).isEqualTo("Hel");
        final JsonNode error = mapper.readTree(events.get(1)).get("error");
        assertThat(error.get("type").asText()).isEqualTo("upstream_error");
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(events.get(2)).isEqualTo("[DONE]");

        final StatusRuntimeException grpc = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub().streamChatCompletion(grpcChat("local/broken-stream")).forEachRemaining(c -> {}));
        assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    }

    @Test
    void unknownRouteAnswersInOpenAiShape() throws Exception {
        assertOpenAiError(gateway.get("/v1/nothing-here"), 404, "invalid_request_error");
    }
}
