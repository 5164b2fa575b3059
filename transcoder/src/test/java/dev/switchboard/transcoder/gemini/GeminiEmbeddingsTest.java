package dev.switchboard.transcoder.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.openai.OpenAiEmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsResponse;

/**
 * Gemini embeddings against the shapes of the API reference (ai.google.dev/api/embeddings):
 * {@code EmbedContentRequest {content, taskType, title, outputDimensionality}} and
 * {@code BatchEmbedContentsRequest {requests: [EmbedContentRequest + model]}}, answered by
 * {@code {"embedding": ContentEmbedding}} and {@code {"embeddings": [ContentEmbedding]}}.
 */
class GeminiEmbeddingsTest {
    static final GeminiFormat FORMAT = new GeminiFormat();

    static EmbeddingsRequest request(String json) {
        return OpenAiEmbeddingsRequest.decode(json.getBytes(StandardCharsets.UTF_8)).request();
    }

    @Test
    void oneInputIsAnEmbedContentCall() {
        final EncodedRequest r = FORMAT.encodeEmbeddings(
                request("{\"model\":\"x\",\"input\":\"Hello World!\",\"dimensions\":10,\"task_type\":\"RETRIEVAL_DOCUMENT\","
                        + "\"title\":\"Greeting\",\"user\":\"u\",\"truncate\":true}"), "gemini-embedding-001");
        assertThat(r.path()).isEqualTo("/models/gemini-embedding-001:embedContent");
        assertThat(GeminiRecordings.json(new String(r.body(), StandardCharsets.UTF_8))).isEqualTo(GeminiRecordings.json(
                "{\"content\":{\"parts\":[{\"text\":\"Hello World!\"}]},\"taskType\":\"RETRIEVAL_DOCUMENT\","
                + "\"title\":\"Greeting\",\"outputDimensionality\":10}"));
        assertThat(r.droppedParams()).containsExactlyInAnyOrder("truncate", "user");
    }

    @Test
    void severalInputsAreOneBatchCallNamingTheModelInEachRequest() {
        final EncodedRequest r = FORMAT.encodeEmbeddings(
                request("{\"model\":\"x\",\"input\":[\"a\",\"b\"],\"taskType\":\"SEMANTIC_SIMILARITY\"}"),
                "models/text-embedding-004");
        assertThat(r.path()).isEqualTo("/models/text-embedding-004:batchEmbedContents");
        final JsonNode body = GeminiRecordings.json(new String(r.body(), StandardCharsets.UTF_8));
        assertThat(body).isEqualTo(GeminiRecordings.json(
                "{\"requests\":["
                + "{\"model\":\"models/text-embedding-004\",\"content\":{\"parts\":[{\"text\":\"a\"}]},"
                + "\"taskType\":\"SEMANTIC_SIMILARITY\"},"
                + "{\"model\":\"models/text-embedding-004\",\"content\":{\"parts\":[{\"text\":\"b\"}]},"
                + "\"taskType\":\"SEMANTIC_SIMILARITY\"}]}"));
        assertThat(r.droppedParams()).isEmpty();
    }

    @Test
    void tokenIdsCannotGoToGemini() {
        assertThatThrownBy(() -> FORMAT.encodeEmbeddings(request("{\"model\":\"x\",\"input\":[1,2]}"), "m"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
                    assertThat(e.getMessage()).contains("text only");
                });
    }

    @Test
    void readsBothAnswerShapesInInputOrder() {
        final EmbeddingsResponse one = FORMAT.decodeEmbeddings(
                "{\"embedding\":{\"values\":[0.25,-0.5,1]}}".getBytes(StandardCharsets.UTF_8), "models/gemini-embedding-001");
        assertThat(one.getModel()).isEqualTo("gemini-embedding-001");
        assertThat(one.getDataCount()).isEqualTo(1);
        assertThat(one.getData(0).getValuesList()).containsExactly(0.25f, -0.5f, 1f);
        final EmbeddingsResponse batch = FORMAT.decodeEmbeddings(
                "{\"embeddings\":[{\"values\":[1,2]},{\"values\":[3,4],\"shape\":[2]}]}".getBytes(StandardCharsets.UTF_8),
                "text-embedding-004");
        assertThat(batch.getDataList()).extracting(e -> e.getIndex()).containsExactly(0, 1);
        assertThat(batch.getData(1).getValuesList()).containsExactly(3f, 4f);
        assertThat(batch.hasUsage()).isFalse();
    }
}
