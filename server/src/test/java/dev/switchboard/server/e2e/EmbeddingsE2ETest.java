package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeAnthropic;
import dev.switchboard.server.testing.FakeGemini;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.MixedUpstreams;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;

/**
 * {@code POST /v1/embeddings} with the official openai-java client, over an OpenAI-compatible
 * upstream replaying the recorded OpenAI embeddings, a Gemini upstream ({@code embedContent} /
 * {@code batchEmbedContents}) and an {@code ollama}-preset provider; Anthropic and Responses-format
 * providers have none.
 */
class EmbeddingsE2ETest {
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static MixedUpstreams upstreams;
    static FakeUpstream openaiUpstream;
    static FakeGemini gemini;
    static FakeAnthropic anthropic;
    static TestGateway gateway;
    static OpenAIClient client;
    /** The recorded vectors, as float32. */
    static List<List<Float>> recorded;

    @BeforeAll
    static void start() throws Exception {
        upstreams = new MixedUpstreams(dataDir);
        openaiUpstream = upstreams.openai;
        gemini = upstreams.gemini;
        anthropic = upstreams.anthropic;
        gateway = upstreams.gateway;
        final AggregatedHttpResponse alias = gateway.post("/admin/v1/aliases",
                "{\"name\":\"embed\",\"targets\":[{\"model\":\"oai/overloaded\"},{\"model\":\"gem/gemini-embedding-001\"}],"
                + "\"retry\":{\"max_attempts\":1}}");
        assertThat(alias.status().code()).as(alias.contentUtf8()).isEqualTo(200);
        client = OpenAIOkHttpClient.builder().apiKey(TestGateway.ADMIN_KEY).baseUrl(gateway.baseUrl() + "/v1")
                                   .maxRetries(0).build();
        recorded = new ArrayList<>();
        for (JsonNode item : mapper.readTree(Fixtures.bytes("openai/vercel-openai-embedding.json")).get("data")) {
            final List<Float> v = new ArrayList<>();
            item.get("embedding").forEach(n -> v.add(n.floatValue()));
            recorded.add(v);
        }
    }

    @BeforeEach
    void forgetEarlierRequests() {
        upstreams.forget();
    }

    @AfterAll
    static void stop() {
        client.close();
        upstreams.close();
    }

    static EmbeddingCreateParams.Builder params(String model) {
        return EmbeddingCreateParams.builder().model(model);
    }

    static List<Float> floats(String base64) {
        final ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
        final List<Float> out = new ArrayList<>();
        while (buf.hasRemaining()) {
            out.add(buf.getFloat());
        }
        return out;
    }

    @Test
    void openAiUpstreamServesTheRecordedFloats() throws Exception {
        final CreateEmbeddingResponse res = client.embeddings().create(
                params("oai/text-embedding-3-small").inputOfArrayOfStrings(List.of("sunny day", "rainy day"))
                        .encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT).dimensions(5).build());
        assertThat(res.model()).isEqualTo("text-embedding-3-small");
        assertThat(res.data()).hasSize(2);
        assertThat(res.data().get(0).embedding()).isEqualTo(recorded.get(0));
        assertThat(res.data().get(1).embedding()).isEqualTo(recorded.get(1));
        assertThat(res.data().get(1).index()).isEqualTo(1);
        assertThat(res.usage().promptTokens()).isEqualTo(12);
        assertThat(res.usage().totalTokens()).isEqualTo(12);

        final FakeUpstream.Seen seen = openaiUpstream.take();
        assertThat(seen.headers().path()).isEqualTo("/v1/embeddings");
        assertThat(seen.headers().get("authorization")).isEqualTo("Bearer " + MixedUpstreams.OPENAI_KEY);
        assertThat(seen.json()).isEqualTo(mapper.readTree(
                "{\"model\":\"text-embedding-3-small\",\"input\":[\"sunny day\",\"rainy day\"],\"dimensions\":5}"));
    }

    @Test
    void base64IsRenderedByTheGatewayFromTheUpstreamFloats() throws Exception {
        final CreateEmbeddingResponse res = client.embeddings().create(
                params("oai/text-embedding-3-small").input("sunny day")
                        .encodingFormat(EmbeddingCreateParams.EncodingFormat.BASE64).build());
        assertThat(res.data()).hasSize(1);
        assertThat(floats(res.data().get(0).embeddingValue().asBase64())).isEqualTo(recorded.get(0));
        // The upstream was asked for its default (float) encoding, whatever the client chose.
        assertThat(openaiUpstream.take().json().has("encoding_format")).isFalse();
    }

    @Test
    void theSdkDefaultEncodingRoundTripsToTheRecordedFloats() {
        final CreateEmbeddingResponse res = client.embeddings().create(params("oai/text-embedding-3-small")
                                                                               .input("sunny day").build());
        assertThat(res.data().get(0).embedding()).isEqualTo(recorded.get(0));
    }

    @Test
    void restAnswerValidatesAgainstTheOpenAiSchemaAndSaysWhatServedIt() {
        final AggregatedHttpResponse res = gateway.post("/v1/embeddings",
                "{\"model\":\"oai/text-embedding-3-small\",\"input\":[[1,2],[3]]}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        OpenAiSpec.assertValid("CreateEmbeddingResponse", res.content().array());
        assertThat(res.headers().get("x-switchboard-provider")).isEqualTo("oai");
        assertThat(res.headers().get("x-switchboard-model")).isEqualTo("text-embedding-3-small");
    }

    @Test
    void geminiEmbedsOneInputWithEmbedContent() throws Exception {
        final CreateEmbeddingResponse res = client.embeddings().create(
                params("gem/gemini-embedding-001").input("sunny day").dimensions(5)
                        .encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT).build());
        assertThat(res.model()).isEqualTo("gemini-embedding-001");
        assertThat(res.data()).hasSize(1);
        assertThat(res.data().get(0).embedding()).isEqualTo(recorded.get(0));
        final FakeUpstream.Seen seen = gemini.take();
        assertThat(seen.headers().path()).isEqualTo("/v1beta/models/gemini-embedding-001:embedContent");
        assertThat(seen.headers().get("x-goog-api-key")).isEqualTo(MixedUpstreams.GEMINI_KEY);
        assertThat(seen.json()).isEqualTo(mapper.readTree(
                "{\"content\":{\"parts\":[{\"text\":\"sunny day\"}]},\"outputDimensionality\":5}"));
    }

    @Test
    void geminiEmbedsSeveralInputsInOneBatchAsBase64() throws Exception {
        final CreateEmbeddingResponse res = client.embeddings().create(
                params("gem/gemini-embedding-001").inputOfArrayOfStrings(List.of("a", "b", "c"))
                        .encodingFormat(EmbeddingCreateParams.EncodingFormat.BASE64).build());
        assertThat(res.data()).extracting(e -> e.index()).containsExactly(0L, 1L, 2L);
        assertThat(floats(res.data().get(1).embeddingValue().asBase64())).isEqualTo(recorded.get(1));
        assertThat(floats(res.data().get(2).embeddingValue().asBase64())).isEqualTo(recorded.get(0));
        final FakeUpstream.Seen seen = gemini.take();
        assertThat(seen.headers().path()).isEqualTo("/v1beta/models/gemini-embedding-001:batchEmbedContents");
        assertThat(seen.json().get("requests")).hasSize(3);
    }

    @Test
    void anOllamaPresetProviderEmbedsThroughItsOpenAiCompatibleV1() throws Exception {
        // Ollama's /v1 speaks OpenAI's embeddings; a local server takes no key.
        try (FakeUpstream ollama = new FakeUpstream(null)) {
            final AggregatedHttpResponse created = gateway.post("/admin/v1/providers",
                    "{\"name\":\"ollama\",\"preset\":\"ollama\",\"base_url\":\"" + ollama.baseUrl() + "\"}");
            assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
            ollama.drain();

            final CreateEmbeddingResponse asFloats = client.embeddings().create(params("ollama/nomic-embed-text")
                    .input("sunny day").encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT).build());
            assertThat(asFloats.data().get(0).embedding()).isEqualTo(recorded.get(0));
            final FakeUpstream.Seen seen = ollama.take();
            assertThat(seen.headers().path()).isEqualTo("/v1/embeddings");
            assertThat(seen.headers().get("authorization")).as("no key, no header").isNull();
            assertThat(seen.json()).isEqualTo(mapper.readTree("{\"model\":\"nomic-embed-text\",\"input\":\"sunny day\"}"));

            final CreateEmbeddingResponse asBase64 = client.embeddings().create(params("ollama/nomic-embed-text")
                    .inputOfArrayOfStrings(List.of("sunny day", "rainy day"))
                    .encodingFormat(EmbeddingCreateParams.EncodingFormat.BASE64).build());
            assertThat(floats(asBase64.data().get(0).embeddingValue().asBase64())).isEqualTo(recorded.get(0));
            assertThat(floats(asBase64.data().get(1).embeddingValue().asBase64())).isEqualTo(recorded.get(1));
            assertThat(ollama.take().json().has("encoding_format")).isFalse();
        } finally {
            // The other tests' model lookups need not try a fake that is gone.
            gateway.rest().delete("/admin/v1/providers/ollama").aggregate().join();
        }
    }

    @Test
    void anAliasFallsBackFromAFailingOpenAiTargetToGemini() {
        final AggregatedHttpResponse res = gateway.post("/v1/embeddings", "{\"model\":\"embed\",\"input\":\"x\"}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(res.headers().get("x-switchboard-provider")).isEqualTo("gem");
        assertThat(res.headers().get("x-switchboard-alias")).isEqualTo("embed");
        assertThat(res.headers().get("x-switchboard-attempts")).isEqualTo("2");
    }

    @ParameterizedTest
    @CsvSource({ "claude/claude-sonnet-4-5, claude, anthropic", "resp/gpt-5.3-codex, resp, openai_responses" })
    void aFormatWithoutEmbeddingsAnswersAClearErrorWithoutCallingIt(String model, String provider, String format)
            throws Exception {
        final BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.embeddings().create(
                params(model).input("x").build()));
        assertThat(e.statusCode()).isEqualTo(400);
        final AggregatedHttpResponse raw = gateway.post("/v1/embeddings", "{\"model\":\"" + model + "\",\"input\":\"x\"}");
        final JsonNode error = mapper.readTree(raw.contentUtf8()).get("error");
        assertThat(error.get("message").asText())
                .startsWith("provider '" + provider + "': provider format '" + format + "' has no embeddings (request id: ");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("code").asText()).isEqualTo("unsupported_by_provider");
        assertThat(anthropic.pending()).isZero();
        assertThat(upstreams.responses.pending()).isZero();
    }

    @Test
    void anUnknownModelIsNotFound() {
        final NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.embeddings().create(
                params("no-such-embedder").input("x").build()));
        assertThat(e.statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedTimeoutHeaderIsRefusedLikeOnChat() throws Exception {
        final AggregatedHttpResponse res = gateway.rest().execute(
                com.linecorp.armeria.common.RequestHeaders.builder(com.linecorp.armeria.common.HttpMethod.POST,
                                                                   "/v1/embeddings")
                        .contentType(com.linecorp.armeria.common.MediaType.JSON_UTF_8)
                        .add("x-switchboard-timeout", "soon").build(),
                "{\"model\":\"oai/e\",\"input\":\"x\"}").aggregate().join();
        assertThat(res.status().code()).isEqualTo(400);
        assertThat(mapper.readTree(res.contentUtf8()).at("/error/message").asText())
                .startsWith("x-switchboard-timeout: 'soon'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"model\":\"oai/e\"}                              | input: required",
            "{\"model\":\"oai/e\",\"input\":[]}                 | input: must not be an empty array",
            "{\"model\":\"oai/e\",\"input\":42}                 | input: expected a string or an array, got a number",
            "{\"model\":\"oai/e\",\"input\":[\"a\",[1]]}        | input[1]: expected a string, got an array",
            "{\"model\":\"oai/e\",\"input\":\"x\",\"dimensions\":\"8\"} | dimensions: expected an integer, got a string",
            "{\"model\":\"oai/e\",\"input\":\"x\",\"encoding_format\":\"hex\"} | encoding_format: 'hex' (expected: float or base64)",
            "not json                                           | malformed JSON",
    })
    void badInputIsA400InOpenAiShape(String body, String message) throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/embeddings", body);
        assertThat(res.status().code()).isEqualTo(400);
        final JsonNode error = mapper.readTree(res.contentUtf8()).get("error");
        assertThat(error.get("message").asText()).startsWith(message);
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.has("param")).isTrue();
        assertThat(openaiUpstream.pending()).isZero();
    }
}
