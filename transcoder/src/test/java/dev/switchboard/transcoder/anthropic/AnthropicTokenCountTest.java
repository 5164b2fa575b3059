package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.Tool;

/**
 * Anthropic's count_tokens (docs: the Messages request's model, messages, system, tools,
 * tool_choice and thinking; answer {@code {"input_tokens": N}}).
 */
class AnthropicTokenCountTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static Message message(Role role, String text) {
        return Message.newBuilder().setRole(role).addContent(ContentPart.newBuilder().setText(text)).build();
    }

    @Test
    void sendsTheMessagesRequestWithoutGenerationFields() throws Exception {
        final ChatCompletionRequest req = ChatCompletionRequest.newBuilder().setModel("c")
                .setMaxTokens(100).setTemperature(0.3).addStop("END")
                .addMessages(message(Role.ROLE_SYSTEM, "Be brief."))
                .addMessages(message(Role.ROLE_USER, "Hello, Claude"))
                .addTools(Tool.newBuilder().setType("function").setName("get_weather").setParameters(
                        Struct.newBuilder().putFields("type", Value.newBuilder().setStringValue("object").build())))
                .build();
        final EncodedRequest r = new AnthropicFormat().encodeCountTokens(req, "claude-sonnet-4-5");
        assertThat(r.path()).isEqualTo("/messages/count_tokens");
        assertThat(r.headers()).containsEntry("anthropic-version", "2023-06-01");
        final JsonNode body = MAPPER.readTree(r.body());
        assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("model", "messages", "system", "tools");
        assertThat(body.get("model").asText()).isEqualTo("claude-sonnet-4-5");
        assertThat(body.get("messages").get(0).get("role").asText()).isEqualTo("user");
        assertThat(body.get("tools").get(0).get("name").asText()).isEqualTo("get_weather");
    }

    @Test
    void countsANativeStructuredOutputSchema() throws Exception {
        final Struct schema = Struct.newBuilder()
                .putFields("type", Value.newBuilder().setStringValue("object").build())
                .putFields("properties", Value.newBuilder().setStructValue(Struct.newBuilder()).build())
                .putFields("additionalProperties", Value.newBuilder().setBoolValue(false).build()).build();
        final ChatCompletionRequest req = ChatCompletionRequest.newBuilder().setModel("c")
                .addMessages(message(Role.ROLE_USER, "Hello, Claude"))
                .setResponseFormat(ResponseFormat.newBuilder()
                        .setType(ResponseFormat.Type.TYPE_JSON_SCHEMA).setName("r").setSchema(schema))
                .build();
        final JsonNode body = MAPPER.readTree(new AnthropicFormat().encodeCountTokens(req, "claude-sonnet-4-5").body());
        assertThat(body.at("/output_config/format/schema/type").asText()).isEqualTo("object");
        assertThat(body.has("tools")).isFalse();
    }

    @Test
    void readsTheCount() {
        final CountTokensResponse res = new AnthropicFormat().decodeCountTokens(
                "{\"input_tokens\":2095}".getBytes(StandardCharsets.UTF_8));
        assertThat(res.getInputTokens()).isEqualTo(2095);
        assertThat(res.getExact()).isTrue();
        assertThat(res.getMethod()).isEqualTo("anthropic_count_tokens");
    }
}
