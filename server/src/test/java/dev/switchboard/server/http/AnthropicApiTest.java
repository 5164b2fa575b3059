package dev.switchboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.client.BlockingWebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.stream.StreamMessage;
import com.linecorp.armeria.common.stream.StreamWriter;
import com.linecorp.armeria.server.Server;

import dev.switchboard.server.inference.Caller;
import dev.switchboard.server.inference.Inference;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.CountTokensRequest;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsResponse;
import dev.switchboard.v1.ListModelsResponse;
import dev.switchboard.v1.Model;

import io.grpc.Status;

/**
 * The Anthropic routes over an in-test core: what the routes decode, how they encode
 * its answers, and how its failures reach an Anthropic client.
 */
class AnthropicApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BODY = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}";
    private static final AtomicReference<CountTokensRequest> counted = new AtomicReference<>();
    private static final AtomicReference<ChatCompletionRequest> streamed = new AtomicReference<>();
    private static Server server;
    private static BlockingWebClient client;

    /** Counts for the model "counted"; fails a stream before or after its first chunk on cue. */
    private static final class FakeInference implements Inference {
        @Override
        public CompletableFuture<CountTokensResponse> countTokens(CountTokensRequest request, Caller who) {
            if (!"counted".equals(request.getRequest().getModel())) {
                // What the gRPC stub answered for a method a build does not have.
                return CompletableFuture.failedFuture(Status.UNIMPLEMENTED.asRuntimeException());
            }
            counted.set(request);
            return CompletableFuture.completedFuture(CountTokensResponse.newBuilder().setInputTokens(42).setExact(true)
                                                                        .setMethod("anthropic_count_tokens").build());
        }

        @Override
        public StreamMessage<ChatCompletionChunk> stream(ChatCompletionRequest request, Caller who) {
            streamed.set(request);
            final StreamWriter<ChatCompletionChunk> out = StreamMessage.streaming();
            if ("fails-later".equals(request.getModel())) {
                out.write(ChatCompletionChunk.newBuilder().setId("chatcmpl-1").addChoices(
                        ChunkChoice.newBuilder().setDelta(Delta.newBuilder().setContent("Hel"))).build());
            }
            out.close(Status.UNAVAILABLE.withDescription("upstream overloaded").asRuntimeException());
            return out;
        }

        @Override
        public CompletableFuture<ChatCompletionResponse> complete(ChatCompletionRequest req, Caller who) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }

        @Override
        public CompletableFuture<EmbeddingsResponse> embeddings(EmbeddingsRequest req, Caller who) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }

        @Override
        public CompletableFuture<ListModelsResponse> listModels(Caller who) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }

        @Override
        public CompletableFuture<Model> getModel(String id, Caller who) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }
    }

    @BeforeAll
    static void start() {
        final var sb = Server.builder().http(0);
        HttpApi.anthropic(sb, new FakeInference());
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
        assertThat(body.at("/error/message").asText()).startsWith("max_tokens: required (request id: ");
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
                       .contains("event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
                                 + "\"message\":\"upstream overloaded (request id: ")
                       .endsWith(")\"}}\n\n")
                       .doesNotContain("message_stop");
    }

    @Test
    void anthropicErrorsCoverItsOwnPathsOnly() {
        assertThat(ErrorShape.of("/v1/messages")).isEqualTo(ErrorShape.ANTHROPIC);
        assertThat(ErrorShape.of("/v1/messages/count_tokens")).isEqualTo(ErrorShape.ANTHROPIC);
        assertThat(ErrorShape.of("/v1/messages?beta=true")).isEqualTo(ErrorShape.ANTHROPIC);
        assertThat(ErrorShape.of("/v1/messagesx")).isEqualTo(ErrorShape.OPENAI);
        assertThat(ErrorShape.of("/v1/chat/completions")).isEqualTo(ErrorShape.OPENAI);
        assertThat(ErrorShape.of("/v1/message")).isEqualTo(ErrorShape.OPENAI);
    }
}
