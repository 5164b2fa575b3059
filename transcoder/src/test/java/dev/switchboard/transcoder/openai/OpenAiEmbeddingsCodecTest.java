package dev.switchboard.transcoder.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.common.EmbeddingVectors;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.v1.EmbeddingInput;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsResponse;

/** The OpenAI embeddings wire format: client requests in, upstream requests and answers, client answers out. */
class OpenAiEmbeddingsCodecTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String RECORDING = "openai/vercel-openai-embedding.json";

    static OpenAiEmbeddingsRequest.Decoded decode(String json) {
        return OpenAiEmbeddingsRequest.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode tree(byte[] json) throws Exception {
        return MAPPER.readTree(json);
    }

    @Test
    void readsEveryInputForm() {
        assertThat(decode("{\"model\":\"m\",\"input\":\"hi\"}").request().getInputsList())
                .containsExactly(EmbeddingInput.newBuilder().setText("hi").build());
        assertThat(decode("{\"model\":\"m\",\"input\":[\"a\",\"b\"]}").request().getInputsList())
                .extracting(EmbeddingInput::getText).containsExactly("a", "b");
        final EmbeddingsRequest ids = decode("{\"model\":\"m\",\"input\":[1,2,3]}").request();
        assertThat(ids.getInputsCount()).isEqualTo(1);
        assertThat(ids.getInputs(0).getTokens().getIdsList()).containsExactly(1, 2, 3);
        final EmbeddingsRequest many = decode("{\"model\":\"m\",\"input\":[[1,2],[3]]}").request();
        assertThat(many.getInputsList()).extracting(i -> i.getTokens().getIdsList())
                                        .containsExactly(java.util.List.of(1, 2), java.util.List.of(3));
    }

    @Test
    void readsOptionsAndKeepsUnknownFieldsInExtra() {
        final OpenAiEmbeddingsRequest.Decoded d = decode(
                "{\"model\":\"m\",\"input\":\"x\",\"dimensions\":256,\"encoding_format\":\"base64\",\"user\":\"u1\","
                + "\"task_type\":\"RETRIEVAL_QUERY\",\"truncate\":true}");
        assertThat(d.base64()).isTrue();
        assertThat(d.request().getDimensions()).isEqualTo(256);
        assertThat(d.request().getUser()).isEqualTo("u1");
        assertThat(d.request().getExtra().getFieldsMap()).containsOnlyKeys("task_type", "truncate");
        assertThat(decode("{\"model\":\"m\",\"input\":\"x\",\"encoding_format\":\"float\"}").base64()).isFalse();
        assertThat(decode("{\"model\":\"m\",\"input\":\"x\"}").base64()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"model\":\"m\"}                                   | input: required",
            "{\"model\":\"m\",\"input\":null}                    | input: required",
            "{\"input\":\"x\"}                                   | model: required",
            "{\"model\":\"m\",\"input\":[]}                      | input: must not be an empty array",
            "{\"model\":\"m\",\"input\":\"\"}                    | input: must not be empty",
            "{\"model\":\"m\",\"input\":[\"a\",\"\"]}            | input[1]: must not be empty",
            "{\"model\":\"m\",\"input\":42}                      | input: expected a string or an array, got a number",
            "{\"model\":\"m\",\"input\":{\"text\":\"x\"}}        | input: expected a string or an array, got an object",
            "{\"model\":\"m\",\"input\":[\"a\",1]}               | input[1]: expected a string, got a number",
            "{\"model\":\"m\",\"input\":[1,\"a\"]}               | input[1]: expected an integer token id, got a string",
            "{\"model\":\"m\",\"input\":[[1],[]]}                | input[1]: must not be an empty array",
            "{\"model\":\"m\",\"input\":[true]}                  | input[0]: expected a string, an integer or an array of integers",
            "{\"model\":\"m\",\"input\":[-1]}                    | input[0]: expected a non-negative integer token id",
            "{\"model\":\"m\",\"input\":\"x\",\"dimensions\":0}  | dimensions: 0 (expected: > 0)",
            "{\"model\":\"m\",\"input\":\"x\",\"dimensions\":\"8\"} | dimensions: expected an integer, got a string",
            "{\"model\":\"m\",\"input\":\"x\",\"encoding_format\":\"int8\"} | encoding_format: 'int8' (expected: float or base64)",
            "[1]                                                  | request body: expected an object",
    })
    void rejectsBadInputNamingTheField(String body, String message) {
        assertThatThrownBy(() -> decode(body))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
                    assertThat(e.getMessage()).startsWith(message);
                });
    }

    @Test
    void upstreamRequestSendsOneTextAsAStringAndNeverAsksForBase64() throws Exception {
        final EmbeddingsRequest req = decode("{\"model\":\"alias\",\"input\":[\"only\"],\"encoding_format\":\"base64\","
                                             + "\"dimensions\":64,\"user\":\"u\",\"truncate\":true}").request();
        final JsonNode body = tree(new OpenAiFormat().encodeEmbeddings(req, "text-embedding-3-small").body());
        assertThat(body).isEqualTo(tree(("{\"model\":\"text-embedding-3-small\",\"input\":\"only\",\"dimensions\":64,"
                                         + "\"user\":\"u\",\"truncate\":true}").getBytes(StandardCharsets.UTF_8)));
        assertThat(new OpenAiFormat().encodeEmbeddings(req, "m").path()).isEqualTo("/embeddings");
        // Unknown fields pass through for compatible servers (Ollama's truncate); the rest is OpenAI's own shape.
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("truncate");
        OpenAiSpec.assertValid("CreateEmbeddingRequest", body);
    }

    @Test
    void upstreamRequestKeepsEachArrayForm() throws Exception {
        for (String input : new String[] { "[\"a\",\"b\"]", "[1,2]", "[[1,2],[3]]" }) {
            final EmbeddingsRequest req = decode("{\"model\":\"m\",\"input\":" + input + "}").request();
            final JsonNode body = tree(OpenAiEmbeddingsRequest.encode(req, "m"));
            assertThat(body.get("input")).isEqualTo(MAPPER.readTree(input));
            OpenAiSpec.assertValid("CreateEmbeddingRequest", body);
        }
    }

    @Test
    void recordedAnswerDecodesAndReencodesFieldByField() throws Exception {
        final JsonNode recorded = tree(Fixtures.bytes(RECORDING));
        final EmbeddingsResponse res = new OpenAiFormat().decodeEmbeddings(Fixtures.bytes(RECORDING), "asked-for");
        assertThat(res.getModel()).isEqualTo("text-embedding-3-small");
        assertThat(res.getUsage().getPromptTokens()).isEqualTo(12);
        assertThat(res.getUsage().getTotalTokens()).isEqualTo(12);
        assertThat(res.getDataCount()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            final JsonNode vector = recorded.get("data").get(i).get("embedding");
            assertThat(res.getData(i).getIndex()).isEqualTo(i);
            assertThat(res.getData(i).getValuesCount()).isEqualTo(vector.size());
            for (int j = 0; j < vector.size(); j++) {
                assertThat(res.getData(i).getValues(j)).isEqualTo(vector.get(j).floatValue());
            }
        }
        final byte[] ours = OpenAiEmbeddingsResponse.encode(res, false);
        OpenAiSpec.assertValid("CreateEmbeddingResponse", ours);
        final JsonNode out = tree(ours);
        assertThat(out.get("object")).isEqualTo(recorded.get("object"));
        assertThat(out.get("model")).isEqualTo(recorded.get("model"));
        assertThat(out.get("usage")).isEqualTo(recorded.get("usage"));
        for (int i = 0; i < 2; i++) {
            final JsonNode theirs = recorded.get("data").get(i);
            final JsonNode mine = out.get("data").get(i);
            assertThat(mine.get("object")).isEqualTo(theirs.get("object"));
            assertThat(mine.get("index")).isEqualTo(theirs.get("index"));
            for (int j = 0; j < theirs.get("embedding").size(); j++) {
                // The same float32 value: written back with float precision, not widened to double digits.
                assertThat(mine.get("embedding").get(j).floatValue()).isEqualTo(theirs.get("embedding").get(j).floatValue());
                assertThat(mine.get("embedding").get(j).asText()).isEqualTo(theirs.get("embedding").get(j).asText());
            }
        }
    }

    @Test
    void base64IsLittleEndianFloat32OfTheRecordedValues() throws Exception {
        final JsonNode recorded = tree(Fixtures.bytes(RECORDING));
        final EmbeddingsResponse res = new OpenAiFormat().decodeEmbeddings(Fixtures.bytes(RECORDING), "m");
        final JsonNode out = tree(OpenAiEmbeddingsResponse.encode(res, true));
        for (int i = 0; i < 2; i++) {
            final JsonNode vector = recorded.get("data").get(i).get("embedding");
            final byte[] bytes = Base64.getDecoder().decode(out.get("data").get(i).get("embedding").asText());
            assertThat(bytes).hasSize(vector.size() * 4);
            final ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            for (int j = 0; j < vector.size(); j++) {
                assertThat(buf.getFloat()).isEqualTo(vector.get(j).floatValue());
            }
        }
        assertThat(out.get("usage")).isEqualTo(recorded.get("usage"));
    }

    @Test
    void upstreamBase64AndOutOfOrderDataAreReadToo() {
        final String b64 = EmbeddingVectors.toBase64(
                dev.switchboard.v1.Embedding.newBuilder().addValues(0.5f).addValues(-1.25f).build());
        final EmbeddingsResponse res = OpenAiEmbeddingsResponse.decode(
                ("{\"data\":[{\"index\":1,\"embedding\":\"" + b64 + "\"},{\"index\":0,\"embedding\":[1,2],\"x\":{}}],"
                 + "\"unknown\":[1]}").getBytes(StandardCharsets.UTF_8), "fallback-model");
        assertThat(res.getModel()).isEqualTo("fallback-model");
        assertThat(res.getData(0).getValuesList()).containsExactly(1f, 2f);
        assertThat(res.getData(1).getValuesList()).containsExactly(0.5f, -1.25f);
        // No usage upstream: the schema still needs it, as zeros.
        OpenAiSpec.assertValid("CreateEmbeddingResponse", OpenAiEmbeddingsResponse.encode(res, false));
    }

    @Test
    void malformedUpstreamBase64IsAnUpstreamError() {
        assertThatThrownBy(() -> OpenAiEmbeddingsResponse.decode(
                "{\"data\":[{\"embedding\":\"AAA\"}]}".getBytes(StandardCharsets.UTF_8), "m"))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR));
    }
}
