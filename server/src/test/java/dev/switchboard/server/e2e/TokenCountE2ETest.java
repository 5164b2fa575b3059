package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


import dev.switchboard.server.testing.FakeAnthropic;
import dev.switchboard.server.testing.FakeGemini;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.MixedUpstreams;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.CountTokensRequest;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.EmbeddingInput;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsResponse;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * {@code CountTokens} and {@code CreateEmbeddings} over gRPC (grpc-java): exact counts from an
 * Anthropic and a Gemini upstream (the latter the js-genai recording of the real API), the
 * gateway's estimate for an OpenAI upstream, which is never called for it.
 */
class TokenCountE2ETest {
    static final String FOX = "The quick brown fox jumps over the lazy dog.";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static MixedUpstreams upstreams;
    static FakeUpstream openaiUpstream;
    static FakeGemini gemini;
    static FakeAnthropic anthropic;
    static TestGateway gateway;
    static ManagedChannel channel;

    @BeforeAll
    static void start() {
        upstreams = new MixedUpstreams(dataDir);
        openaiUpstream = upstreams.openai;
        gemini = upstreams.gemini;
        anthropic = upstreams.anthropic;
        gateway = upstreams.gateway;
        channel = gateway.channel();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        upstreams.forget();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        TestGateway.shutdown(channel);
        upstreams.close();
    }

    static InferenceGrpc.InferenceBlockingStub stub() {
        return InferenceGrpc.newBlockingStub(channel).withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY));
    }

    static CountTokensRequest count(String model, String text) {
        return CountTokensRequest.newBuilder().setRequest(ChatCompletionRequest.newBuilder().setModel(model).setMaxTokens(64)
                .addMessages(Message.newBuilder().setRole(Role.ROLE_USER).addContent(ContentPart.newBuilder().setText(text))))
                .build();
    }

    @Test
    void anthropicCountsExactlyThroughCountTokens() throws Exception {
        final CountTokensResponse res = stub().countTokens(count("claude/claude-sonnet-4-5", "Hello, Claude"));
        assertThat(res.getInputTokens()).isEqualTo(FakeAnthropic.COUNTED);
        assertThat(res.getExact()).isTrue();
        assertThat(res.getMethod()).isEqualTo("anthropic_count_tokens");
        assertThat(res.getGateway().getProvider()).isEqualTo("claude");
        final FakeUpstream.Seen seen = anthropic.take();
        assertThat(seen.headers().path()).isEqualTo("/v1/messages/count_tokens");
        assertThat(seen.headers().get("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(seen.json().has("max_tokens")).isFalse();
        assertThat(seen.json().get("messages").get(0).get("content").toString()).contains("Hello, Claude");
    }

    @Test
    void geminiCountsExactlyAsRecorded() throws Exception {
        final CountTokensResponse res = stub().countTokens(count("gem/gemini-2.5-flash", FOX));
        assertThat(res.getInputTokens()).isEqualTo(11);
        assertThat(res.getExact()).isTrue();
        assertThat(res.getMethod()).isEqualTo("gemini_count_tokens");
        final FakeUpstream.Seen seen = gemini.take();
        final JsonNode recorded = mapper.readTree(Fixtures.bytes("gemini/jsgenai-count-tokens.json"))
                                        .at("/interactions/0/request");
        assertThat(seen.headers().path()).isEqualTo(recorded.get("url").asText());
        assertThat(seen.json()).isEqualTo(recorded.at("/bodySegments/0"));
    }

    @Test
    void anOpenAiUpstreamGetsASaneEstimateWithoutBeingCalled() {
        final CountTokensResponse res = stub().countTokens(count("oai/gpt-4o-mini", FOX));
        assertThat(res.getExact()).isFalse();
        assertThat(res.getMethod()).isEqualTo("estimate");
        // Gemini counts the sentence as 11; OpenAI's chat framing adds about 7.
        assertThat(res.getInputTokens()).isBetween(11, 24);
        assertThat(res.getGateway().getProvider()).isEqualTo("oai");
        assertThat(openaiUpstream.pending()).isZero();
    }

    @Test
    void aCountWithoutARequestIsInvalid() {
        final StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub().countTokens(CountTokensRequest.getDefaultInstance()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    }

    @Test
    void grpcEmbeddingsReturnTheRecordedVector() throws Exception {
        final EmbeddingsResponse res = stub().createEmbeddings(EmbeddingsRequest.newBuilder()
                .setModel("oai/text-embedding-3-small").addInputs(EmbeddingInput.newBuilder().setText("sunny day")).build());
        final JsonNode recorded = mapper.readTree(Fixtures.bytes("openai/vercel-openai-embedding.json"))
                                        .at("/data/0/embedding");
        assertThat(res.getDataCount()).isEqualTo(1);
        assertThat(res.getData(0).getValuesCount()).isEqualTo(recorded.size());
        for (int i = 0; i < recorded.size(); i++) {
            assertThat(res.getData(0).getValues(i)).isEqualTo(recorded.get(i).floatValue());
        }
        assertThat(res.getUsage().getPromptTokens()).isEqualTo(12);
        assertThat(res.getGateway().getProvider()).isEqualTo("oai");
        assertThat(res.getGateway().getUpstreamModel()).isEqualTo("text-embedding-3-small");
    }

    @Test
    void grpcEmbeddingsFromAnAnthropicProviderFailThePrecondition() {
        final StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub().createEmbeddings(EmbeddingsRequest.newBuilder().setModel("claude/claude-sonnet-4-5")
                        .addInputs(EmbeddingInput.newBuilder().setText("x")).build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(e.getStatus().getDescription()).contains("has no embeddings");
    }
}
