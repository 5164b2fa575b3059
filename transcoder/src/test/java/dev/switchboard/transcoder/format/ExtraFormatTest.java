package dev.switchboard.transcoder.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.anthropic.AnthropicFormat;
import dev.switchboard.transcoder.anthropic.MessagesRequestDecoder;
import dev.switchboard.transcoder.gemini.GeminiFormat;
import dev.switchboard.transcoder.openai.OpenAiFormat;
import dev.switchboard.transcoder.responses.ResponsesFormat;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;

/**
 * Unmodelled request fields reach only upstreams of the format they came in: an Anthropic
 * client's {@code context_management} would make an OpenAI server answer 400, an OpenAI
 * client's {@code prediction} means nothing to Anthropic.
 */
class ExtraFormatTest {
    private static final ObjectMapper mapper = new ObjectMapper();

    private static ChatCompletionRequest request(String extraFormat, String field) {
        return ChatCompletionRequest.newBuilder()
                .addMessages(Message.newBuilder().setRole(Role.ROLE_USER)
                                    .addContent(ContentPart.newBuilder().setText("hi")))
                .setMaxTokens(16)
                .setExtra(Struct.newBuilder().putFields(field, Value.newBuilder().setStringValue("x").build()))
                .setExtraFormat(extraFormat)
                .build();
    }

    private static JsonNode body(EncodedRequest e) throws Exception {
        return mapper.readTree(new String(e.body(), StandardCharsets.UTF_8));
    }

    @Test
    void openAiUpstreamTakesOnlyOpenAiExtras() throws Exception {
        final EncodedRequest own = new OpenAiFormat().encodeChat(request("", "prediction"), "m", false);
        assertThat(body(own).path("prediction").asText()).isEqualTo("x");
        assertThat(own.droppedParams()).isEmpty();

        final EncodedRequest foreign =
                new OpenAiFormat().encodeChat(request("anthropic", "context_management"), "m", true);
        assertThat(body(foreign).has("context_management")).isFalse();
        assertThat(foreign.droppedParams()).containsExactly("context_management");
    }

    @Test
    void partAndToolFieldsOfAnotherFormatStayOutOfAnOpenAiRequest() throws Exception {
        final Struct cache = Struct.newBuilder().putFields("cache_control", Value.newBuilder().setStructValue(
                Struct.newBuilder().putFields("type", Value.newBuilder().setStringValue("ephemeral").build())).build())
                                   .build();
        final ChatCompletionRequest.Builder b = ChatCompletionRequest.newBuilder()
                .addMessages(Message.newBuilder().setRole(Role.ROLE_SYSTEM)
                                    .addContent(ContentPart.newBuilder().setText("Be brief.").setExtra(cache)))
                .addTools(dev.switchboard.v1.Tool.newBuilder().setType("function").setName("f").setExtra(cache));

        final JsonNode foreign = body(new OpenAiFormat().encodeChat(b.setExtraFormat("anthropic").build(), "m", false));
        assertThat(foreign.at("/messages/0/content").asText()).isEqualTo("Be brief.");
        assertThat(foreign.at("/tools/0").has("cache_control")).isFalse();

        // From an OpenAI client (say, for OpenRouter's prompt caching) the same fields go through.
        final JsonNode own = body(new OpenAiFormat().encodeChat(b.setExtraFormat("").build(), "m", false));
        assertThat(own.at("/messages/0/content/0/cache_control/type").asText()).isEqualTo("ephemeral");
        assertThat(own.at("/tools/0/cache_control/type").asText()).isEqualTo("ephemeral");
    }

    @Test
    void anthropicUpstreamPassesAnthropicExtrasThrough() throws Exception {
        final EncodedRequest own =
                new AnthropicFormat().encodeChat(request("anthropic", "context_management"), "claude", false);
        assertThat(body(own).path("context_management").asText()).isEqualTo("x");
        assertThat(own.droppedParams()).doesNotContain("context_management");

        final EncodedRequest foreign = new AnthropicFormat().encodeChat(request("", "prediction"), "claude", false);
        assertThat(body(foreign).has("prediction")).isFalse();
        assertThat(foreign.droppedParams()).contains("prediction");
    }

    @Test
    void anthropicExtrasNeverOverrideWhatTheEncoderWrites() throws Exception {
        final EncodedRequest e = new AnthropicFormat().encodeChat(request("anthropic", "model"), "claude", false);
        assertThat(body(e).path("model").asText()).isEqualTo("claude");
    }

    @Test
    void responsesUpstreamPassesResponsesExtrasThrough() throws Exception {
        final EncodedRequest own = new ResponsesFormat().encodeChat(request("responses", "background"), "m", false);
        assertThat(body(own).path("background").asText()).isEqualTo("x");

        final EncodedRequest foreign = new ResponsesFormat().encodeChat(request("anthropic", "background"), "m", false);
        assertThat(body(foreign).has("background")).isFalse();
        assertThat(foreign.droppedParams()).contains("background");
    }

    @Test
    void anAnthropicClientsOutputFormatBecomesEachFormatsOwnStructuredOutput() throws Exception {
        final String schema = "{\"type\":\"object\",\"properties\":{\"total\":{\"type\":\"number\"}},"
                              + "\"required\":[\"total\"],\"additionalProperties\":false}";
        final ChatCompletionRequest r = MessagesRequestDecoder.decode(
                ("{\"model\":\"m\",\"max_tokens\":16,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
                 + "\"output_config\":{\"format\":{\"type\":\"json_schema\",\"schema\":" + schema + "}}}")
                        .getBytes(StandardCharsets.UTF_8)).request();
        final JsonNode expected = mapper.readTree(schema);

        final JsonNode openai = body(new OpenAiFormat().encodeChat(r, "gpt-4o", false));
        assertThat(openai.at("/response_format/type").asText()).isEqualTo("json_schema");
        assertThat(openai.at("/response_format/json_schema/schema")).isEqualTo(expected);
        assertThat(openai.has("output_config")).isFalse();

        final JsonNode gemini = body(new GeminiFormat().encodeChat(r, "gemini-2.5-flash", false));
        assertThat(gemini.at("/generationConfig/responseMimeType").asText()).isEqualTo("application/json");
        assertThat(gemini.at("/generationConfig/responseJsonSchema")).isEqualTo(expected);

        final EncodedRequest responses = new ResponsesFormat().encodeChat(r, "gpt-5", false);
        assertThat(body(responses).at("/text/format/type").asText()).isEqualTo("json_schema");
        assertThat(body(responses).at("/text/format/schema")).isEqualTo(expected);
        assertThat(responses.droppedParams()).isEmpty();
    }
}
