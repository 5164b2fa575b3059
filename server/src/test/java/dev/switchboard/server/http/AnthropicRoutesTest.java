package dev.switchboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.client.BlockingWebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.Server;

import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.CountTokensRequest;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.InferenceGrpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;

/**
 * The Anthropic routes over an in-test Inference service: what the routes decode, how they encode
 * its answers, and how its failures reach an Anthropic client.
 */
class AnthropicRoutesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BODY = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}";
    private static final AtomicReference<CountTokensRequest> counted = new AtomicReference<>();
    private static final AtomicReference<ChatCompletionRequest> streamed = new AtomicReference<>();
    private static Server server;
    private static BlockingWebClient client;

    /** Counts for the model "counted"; fails a stream before or after its first chunk on cue. */
    private static final class FakeInference implements InferenceGrpc.AsyncService {
        @Override
        public void countTokens(CountTokensRequest request, StreamObserver<CountTokensResponse> observer) {
            if (!"counted".equals(request.getRequest().getModel())) {
                InferenceGrpc.AsyncService.super.countTokens(request, observer);
                return;
            }
            counted.set(request);
            observer.onNext(CountTokensResponse.newBuilder().setInputTokens(42).setExact(true)
                                               .setMethod("anthropic_count_tokens").build());
            observer.onCompleted();
        }

        @Override
        public void streamChatCompletion(ChatCompletionRequest request, StreamObserver<ChatCompletionChunk> observer) {
            streamed.set(request);
            if ("fails-later".equals(request.getModel())) {
                observer.onNext(ChatCompletionChunk.newBuilder().setId("chatcmpl-1").addChoices(
                        ChunkChoice.newBuilder().setDelta(Delta.newBuilder().setContent("Hel"))).build());
            }
            observer.onError(Status.UNAVAILABLE.withDescription("upstream overloaded").asRuntimeException());
        }
    }

    @BeforeAll
    static void start() {
        final var sb = Server.builder().http(0);
        AnthropicRoutes.register(sb, new FakeInference());
        server = sb.build();
        server.start().join();
        client = BlockingWebClient.of("http://127.0.0.1:" + server.activeLocalPort());
    }

    @AfterAll
    static void stop() {
        server.stop().join();
    }

    private static AggregatedHttpResponse post(String path, String body) {
        return client.prepare().post(path).content(MediaType.JSON, body).execute();
    }

    @Test
    void countTokensAnswersInputTokensAndSaysHowTheyWereCounted() throws Exception {
        final AggregatedHttpResponse res = post("/v1/messages/count_tokens", BODY.replace("\"m\"", "\"counted\""));
        assertThat(res.status().code()).isEqualTo(200);
        assertThat(MAPPER.readTree(res.contentUtf8())).isEqualTo(MAPPER.readTree("{\"input_tokens\":42,\"exact\":true}"));
        assertThat(res.headers().get("x-switchboard-token-count")).isEqualTo("anthropic_count_tokens");
        assertThat(counted.get().getRequest().getMessages(0).getContent(0).getText()).isEqualTo("Hello");
    }

    @Test
    void countTokensWithoutACounterIsA501InAnthropicShape() throws Exception {
        final AggregatedHttpResponse res = post("/v1/messages/count_tokens", BODY);
        assertThat(res.status().code()).isEqualTo(501);
        final JsonNode body = MAPPER.readTree(res.contentUtf8());
        assertThat(body.get("type").asText()).isEqualTo("error");
        assertThat(body.at("/error/type").asText()).isEqualTo("api_error");
    }

    @Test
    void badBodyIsA400InAnthropicShape() throws Exception {
        final AggregatedHttpResponse res = post("/v1/messages", BODY);
        assertThat(res.status().code()).isEqualTo(400);
        final JsonNode body = MAPPER.readTree(res.contentUtf8());
        assertThat(body.at("/error/type").asText()).isEqualTo("invalid_request_error");
        assertThat(body.at("/error/message").asText()).isEqualTo("max_tokens: required");
    }

    @Test
    void failureBeforeTheFirstEventIsAPlainHttpError() throws Exception {
        final AggregatedHttpResponse res = post("/v1/messages",
                "{\"model\":\"fails-first\",\"max_tokens\":5,\"stream\":true,\"messages\":[]}");
        assertThat(res.status().code()).isEqualTo(503);
        assertThat(res.contentType().isJson()).isTrue();
        assertThat(MAPPER.readTree(res.contentUtf8()).at("/error/type").asText()).isEqualTo("overloaded_error");
        assertThat(streamed.get().getStreamOptions().getIncludeUsage()).isTrue();
    }

    @Test
    void failureMidStreamEndsWithAnErrorEvent() throws Exception {
        final AggregatedHttpResponse res = post("/v1/messages",
                "{\"model\":\"fails-later\",\"max_tokens\":5,\"stream\":true,\"messages\":[]}");
        assertThat(res.status().code()).isEqualTo(200);
        final String sse = res.contentUtf8();
        assertThat(sse).startsWith("event: message_start\n").contains("event: content_block_delta\n")
                       .endsWith("event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
                                 + "\"message\":\"upstream overloaded\"}}\n\n")
                       .doesNotContain("message_stop");
    }

    @Test
    void coversItsOwnPathsOnly() {
        assertThat(AnthropicRoutes.covers("/v1/messages")).isTrue();
        assertThat(AnthropicRoutes.covers("/v1/messages/count_tokens")).isTrue();
        assertThat(AnthropicRoutes.covers("/v1/messages?beta=true")).isTrue();
        assertThat(AnthropicRoutes.covers("/v1/messagesx")).isFalse();
        assertThat(AnthropicRoutes.covers("/v1/chat/completions")).isFalse();
        assertThat(AnthropicRoutes.covers("/v1/message")).isFalse();
    }
}
