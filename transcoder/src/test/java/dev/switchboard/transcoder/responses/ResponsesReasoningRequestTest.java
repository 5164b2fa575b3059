package dev.switchboard.transcoder.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.anthropic.MessagesRequestDecoder;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.openai.OpenAiChatRequestDecoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Message;

/**
 * The reasoning settings of a stateless ({@code store:false}) Responses request. OpenAI's reference
 * for {@code include}: "reasoning.encrypted_content: includes an encrypted version of reasoning
 * tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn
 * conversations when using the Responses API statelessly (like when the store parameter is set to
 * false)". Anthropic's extended-thinking reference: {@code thinking: {type: "enabled",
 * budget_tokens: N}}, and {@code output_config.effort} low, medium, high, xhigh or max.
 */
class ResponsesReasoningRequestTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    final ResponsesFormat format = new ResponsesFormat();

    static ChatCompletionRequest chat(String json) {
        return OpenAiChatRequestDecoder.decode(json.getBytes(StandardCharsets.UTF_8)).request();
    }

    static ChatCompletionRequest messages(String extra) {
        return MessagesRequestDecoder.decode(("{\"model\":\"m\",\"max_tokens\":32000," + extra
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}").getBytes(StandardCharsets.UTF_8))
                                     .request();
    }

    JsonNode body(ChatCompletionRequest req, String model) throws Exception {
        return MAPPER.readTree(format.encodeChat(req, model, false).body());
    }

    @Test
    void encryptedReasoningIsAskedForWithoutAnEffort() throws Exception {
        final JsonNode b = body(chat("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"),
                                "gpt-5.2");
        assertThat(b.get("store").asBoolean()).isFalse();
        assertThat(b.get("include")).hasSize(1);
        assertThat(b.get("include").get(0).asText()).isEqualTo("reasoning.encrypted_content");
        assertThat(b.has("reasoning")).isFalse();
    }

    @Test
    void effortNoneOptsOut() throws Exception {
        final JsonNode b = body(chat("{\"model\":\"m\",\"reasoning_effort\":\"none\","
                                     + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"), "gpt-5.2");
        assertThat(b.has("include")).isFalse();
        assertThat(b.get("reasoning").get("effort").asText()).isEqualTo("none");
    }

    @Test
    void openAisModelsWithoutReasoningAreNotAskedForIt() throws Exception {
        // They answer 400 "Encrypted content is not supported with this model".
        final ChatCompletionRequest req = chat("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
        assertThat(body(req, "gpt-4o-mini").has("include")).isFalse();
        assertThat(body(req, "openai/gpt-4.1").has("include")).isFalse();
        assertThat(body(req, "o4-mini").has("include")).isTrue();
    }

    @Test
    void anAnthropicThinkingBudgetBecomesAnEffort() throws Exception {
        assertThat(effort(messages("\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":1024},"))).isEqualTo("low");
        assertThat(effort(messages("\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":4096},"))).isEqualTo("medium");
        assertThat(effort(messages("\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":10000},")))
                .isEqualTo("medium");
        assertThat(effort(messages("\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":16384},"))).isEqualTo("high");
        final EncodedRequest e = format.encodeChat(
                messages("\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":2048},"), "gpt-5.2", false);
        assertThat(e.droppedParams()).doesNotContain("reasoning.budget_tokens");
        assertThat(MAPPER.readTree(e.body()).get("include").get(0).asText()).isEqualTo("reasoning.encrypted_content");
    }

    @Test
    void anAnthropicOutputConfigEffortWinsOverTheBudget() throws Exception {
        final ChatCompletionRequest req = messages("\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":1024},"
                                                   + "\"output_config\":{\"effort\":\"high\"},");
        assertThat(effort(req)).isEqualTo("high");
        assertThat(format.encodeChat(req, "gpt-5.2", false).droppedParams()).doesNotContain("output_config");
        assertThat(effort(messages("\"output_config\":{\"effort\":\"max\"},"))).isEqualTo("xhigh");
    }

    String effort(ChatCompletionRequest req) throws Exception {
        final JsonNode b = body(req, "gpt-5.2");
        assertThat(b.get("reasoning").get("summary").asText()).isEqualTo("auto");
        return b.get("reasoning").get("effort").asText();
    }

    @Test
    void theEncryptedReasoningComesBackOnTheNextTurn() throws Exception {
        final ChatCompletionResponse turn1 = format.decodeChat(
                Fixtures.written("responses/reasoning-encrypted-function-call.json").getBytes(StandardCharsets.UTF_8));
        final Message assistant = turn1.getChoices(0).getMessage();
        final ChatCompletionRequest turn2 = chat("{\"model\":\"m\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"Weather in Paris?\"}]}").toBuilder()
                .addMessages(assistant)
                .addMessages(Message.newBuilder().setRole(dev.switchboard.v1.Role.ROLE_TOOL)
                                    .setToolCallId("call_written_1")
                                    .addContent(dev.switchboard.v1.ContentPart.newBuilder().setText("18C")))
                .build();
        final JsonNode input = body(turn2, "gpt-5.2").get("input");
        assertThat(input.get(1).get("type").asText()).isEqualTo("reasoning");
        assertThat(input.get(1).get("id").asText()).isEqualTo("rs_written_1");
        assertThat(input.get(1).get("encrypted_content").asText()).isEqualTo("gAAAAABwrittenEncryptedReasoning==");
        assertThat(input.get(2).get("type").asText()).isEqualTo("function_call");
        assertThat(input.get(3).get("type").asText()).isEqualTo("function_call_output");
    }
}
