package dev.switchboard.transcoder.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.Tool;

/** Gemini countTokens against the js-genai recording of the real API. */
class GeminiTokenCountTest {
    static final String RECORDING = "gemini/jsgenai-count-tokens.json";

    static Message message(Role role, String text) {
        return Message.newBuilder().setRole(role).addContent(ContentPart.newBuilder().setText(text)).build();
    }

    @Test
    void aPlainConversationIsSentAsTheRecordedContents() {
        final GeminiRecordings.Interaction it = GeminiRecordings.jsgenai(RECORDING).get(0);
        final ChatCompletionRequest req = ChatCompletionRequest.newBuilder().setModel("g")
                .addMessages(message(Role.ROLE_USER, "The quick brown fox jumps over the lazy dog.")).build();
        final EncodedRequest r = GeminiRecordings.FORMAT.encodeCountTokens(req, "gemini-2.5-flash");
        assertThat("/v1beta" + r.path()).isEqualTo(it.url());
        assertThat(GeminiRecordings.json(new String(r.body(), StandardCharsets.UTF_8))).isEqualTo(it.request());
    }

    @Test
    void theRecordedAnswerIsAnExactCount() {
        final GeminiRecordings.Interaction it = GeminiRecordings.jsgenai(RECORDING).get(0);
        final CountTokensResponse res = GeminiRecordings.FORMAT.decodeCountTokens(
                it.response().get(0).toString().getBytes(StandardCharsets.UTF_8));
        assertThat(res.getInputTokens()).isEqualTo(11);
        assertThat(res.getExact()).isTrue();
        assertThat(res.getMethod()).isEqualTo("gemini_count_tokens");
        assertThat(GeminiRecordings.FORMAT.countsTokens()).isTrue();
    }

    @Test
    void systemAndToolsCountThroughAGenerateContentRequest() {
        final ChatCompletionRequest req = ChatCompletionRequest.newBuilder().setModel("g").setMaxTokens(50)
                .addMessages(message(Role.ROLE_SYSTEM, "Be brief."))
                .addMessages(message(Role.ROLE_USER, "Weather?"))
                .addTools(Tool.newBuilder().setType("function").setName("get_weather").setParameters(
                        Struct.newBuilder().putFields("type", Value.newBuilder().setStringValue("object").build())))
                .build();
        final JsonNode body = GeminiRecordings.json(new String(
                GeminiRecordings.FORMAT.encodeCountTokens(req, "gemini-2.5-flash").body(), StandardCharsets.UTF_8));
        assertThat(body.fieldNames()).toIterable().containsExactly("generateContentRequest");
        final JsonNode inner = body.get("generateContentRequest");
        assertThat(inner.get("model").asText()).isEqualTo("models/gemini-2.5-flash");
        assertThat(inner.get("contents").get(0).get("parts").get(0).get("text").asText()).isEqualTo("Weather?");
        assertThat(inner.get("systemInstruction").get("parts").get(0).get("text").asText()).isEqualTo("Be brief.");
        assertThat(inner.get("tools").get(0).get("functionDeclarations").get(0).get("name").asText())
                .isEqualTo("get_weather");
        // Generation settings do not change the input count and are not sent.
        assertThat(inner.has("generationConfig")).isFalse();
    }
}
