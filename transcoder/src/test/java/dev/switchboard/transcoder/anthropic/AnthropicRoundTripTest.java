package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.openai.OpenAiChatRequestDecoder;
import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Reasoning;
import dev.switchboard.v1.Role;

/**
 * Multi-turn tool use: what the gateway returned for turn one (thinking with its signature,
 * parallel tool calls) comes back in turn two, and the next Messages request must carry the
 * signed thinking first and every tool result in one user turn.
 */
class AnthropicRoundTripTest {
    private static final String MODEL = "claude-sonnet-4-5";
    private static final String TURN_ONE = "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
            + "\"model\":\"claude-sonnet-4-5-20250929\",\"content\":["
            + "{\"type\":\"thinking\",\"thinking\":\"Two cities.\",\"signature\":\"EqQBsig==\"},"
            + "{\"type\":\"text\",\"text\":\"Checking both.\"},"
            + "{\"type\":\"tool_use\",\"id\":\"toolu_A\",\"name\":\"get_weather\",\"input\":{\"city\":\"Paris\"}},"
            + "{\"type\":\"tool_use\",\"id\":\"toolu_B\",\"name\":\"get_weather\",\"input\":{\"city\":\"Rome\"}}],"
            + "\"stop_reason\":\"tool_use\",\"usage\":{\"input_tokens\":50,\"output_tokens\":40}}";
    /** What turn two must send, read from Anthropic's extended-thinking and tool-use docs. */
    private static final String EXPECTED_MESSAGES = "["
            + "{\"role\":\"user\",\"content\":\"Weather in Paris and Rome?\"},"
            + "{\"role\":\"assistant\",\"content\":["
            + "{\"type\":\"thinking\",\"thinking\":\"Two cities.\",\"signature\":\"EqQBsig==\"},"
            + "{\"type\":\"text\",\"text\":\"Checking both.\"},"
            + "{\"type\":\"tool_use\",\"id\":\"toolu_A\",\"name\":\"get_weather\",\"input\":{\"city\":\"Paris\"}},"
            + "{\"type\":\"tool_use\",\"id\":\"toolu_B\",\"name\":\"get_weather\",\"input\":{\"city\":\"Rome\"}}]},"
            + "{\"role\":\"user\",\"content\":["
            + "{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_A\",\"content\":\"18C\"},"
            + "{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_B\",\"content\":\"25C\"}]}]";

    private static JsonNode encodeTurnTwo(ChatCompletionRequest req) {
        return AnthropicRecordings.tree(new AnthropicFormat().encodeChat(req, MODEL, true).body());
    }

    private static Message user(String text) {
        return Message.newBuilder().setRole(Role.ROLE_USER).addContent(ContentPart.newBuilder().setText(text)).build();
    }

    private static Message tool(String id, String text) {
        return Message.newBuilder().setRole(Role.ROLE_TOOL).setToolCallId(id)
                      .addContent(ContentPart.newBuilder().setText(text)).build();
    }

    @Test
    void canonicalHistorySendsTheSignedThinkingFirstAndBothResultsInOneTurn() {
        final ChatCompletionResponse one = new AnthropicFormat().decodeChat(TURN_ONE.getBytes(StandardCharsets.UTF_8));
        final ChatCompletionRequest two = ChatCompletionRequest.newBuilder().setModel("p/" + MODEL)
                .setReasoning(Reasoning.newBuilder().setEffort("medium"))
                .addMessages(user("Weather in Paris and Rome?"))
                .addMessages(one.getChoices(0).getMessage())
                .addMessages(tool("toolu_A", "18C"))
                .addMessages(tool("toolu_B", "25C"))
                .build();
        final JsonNode body = encodeTurnTwo(two);
        assertThat(body.get("messages")).isEqualTo(AnthropicRecordings.tree(EXPECTED_MESSAGES));
        assertThat(body.at("/thinking/budget_tokens").asInt()).isEqualTo(4096);
    }

    @Test
    void anOpenAiClientResendingTheUnaryResponseMessageRoundTripsTheSignature() throws Exception {
        final ChatCompletionResponse one = new AnthropicFormat().decodeChat(TURN_ONE.getBytes(StandardCharsets.UTF_8));
        final JsonNode openAiResponse = AnthropicRecordings.tree(OpenAiChatResponseEncoder.encode(one));
        final ObjectNode request = AnthropicRecordings.MAPPER.createObjectNode()
                .put("model", "p/" + MODEL).put("reasoning_effort", "medium").put("stream", true);
        final ArrayNode messages = request.putArray("messages");
        messages.addObject().put("role", "user").put("content", "Weather in Paris and Rome?");
        // The client appends the assistant message exactly as it received it.
        messages.add(openAiResponse.at("/choices/0/message"));
        messages.addObject().put("role", "tool").put("tool_call_id", "toolu_A").put("content", "18C");
        messages.addObject().put("role", "tool").put("tool_call_id", "toolu_B").put("content", "25C");

        final JsonNode body = encodeTurnTwo(
                OpenAiChatRequestDecoder.decode(AnthropicRecordings.MAPPER.writeValueAsBytes(request)).request());
        assertThat(body.get("messages")).isEqualTo(AnthropicRecordings.tree(EXPECTED_MESSAGES));
        assertThat(body.has("thinking")).isTrue();
    }

    @Test
    void anOpenAiClientRebuildingAStreamedTurnRoundTripsTheSignature() throws Exception {
        final List<SseEvent> events = new ArrayList<>();
        for (String data : List.of(
                "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"model\":\"claude-x\",\"usage\":{\"input_tokens\":5}}}",
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\"}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"Two \"}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"cities.\"}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"signature_delta\",\"signature\":\"EqQBsig==\"}}",
                "{\"type\":\"content_block_stop\",\"index\":0}",
                "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}",
                "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\"Checking both.\"}}",
                "{\"type\":\"content_block_stop\",\"index\":1}",
                "{\"type\":\"content_block_start\",\"index\":2,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_A\",\"name\":\"get_weather\",\"input\":{}}}",
                "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}",
                "{\"type\":\"content_block_stop\",\"index\":2}",
                "{\"type\":\"content_block_start\",\"index\":3,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_B\",\"name\":\"get_weather\",\"input\":{}}}",
                "{\"type\":\"content_block_delta\",\"index\":3,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"city\\\":\\\"Rome\\\"}\"}}",
                "{\"type\":\"content_block_stop\",\"index\":3}",
                "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":40}}",
                "{\"type\":\"message_stop\"}")) {
            events.add(new SseEvent(null, data));
        }
        // What an OpenAI client accumulates from the chunks it is sent.
        final StringBuilder reasoning = new StringBuilder();
        final StringBuilder text = new StringBuilder();
        final List<JsonNode> blocks = new ArrayList<>();
        final List<String[]> calls = new ArrayList<>();
        for (ChatCompletionChunk chunk : AnthropicRecordings.decode(events)) {
            final JsonNode c = AnthropicRecordings.tree(OpenAiChunkEncoder.encode(chunk, false));
            for (JsonNode choice : c.path("choices")) {
                final JsonNode d = choice.get("delta");
                reasoning.append(d.path("reasoning_content").asText(""));
                text.append(d.path("content").asText(""));
                d.path("thinking_blocks").forEach(blocks::add);
                for (JsonNode tc : d.path("tool_calls")) {
                    if (tc.has("id")) {
                        calls.add(new String[] { tc.get("id").asText(), tc.at("/function/name").asText(), "" });
                    }
                    calls.get(tc.get("index").asInt())[2] += tc.at("/function/arguments").asText();
                }
            }
        }
        final ObjectNode request = AnthropicRecordings.MAPPER.createObjectNode()
                .put("model", "p/" + MODEL).put("reasoning_effort", "medium");
        final ArrayNode messages = request.putArray("messages");
        messages.addObject().put("role", "user").put("content", "Weather in Paris and Rome?");
        final ObjectNode assistant = messages.addObject().put("role", "assistant").put("content", text.toString())
                                             .put("reasoning_content", reasoning.toString());
        // Echoed as streamed: the signature block has no text; reasoning_content holds it.
        assistant.putArray("thinking_blocks").addAll(blocks);
        final ArrayNode toolCalls = assistant.putArray("tool_calls");
        for (String[] call : calls) {
            final ObjectNode tc = toolCalls.addObject().put("id", call[0]).put("type", "function");
            tc.putObject("function").put("name", call[1]).put("arguments", call[2]);
        }
        messages.addObject().put("role", "tool").put("tool_call_id", "toolu_A").put("content", "18C");
        messages.addObject().put("role", "tool").put("tool_call_id", "toolu_B").put("content", "25C");

        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).get("signature").asText()).isEqualTo("anthropic:EqQBsig==");
        final JsonNode body = encodeTurnTwo(
                OpenAiChatRequestDecoder.decode(AnthropicRecordings.MAPPER.writeValueAsBytes(request)).request());
        assertThat(body.get("messages")).isEqualTo(AnthropicRecordings.tree(EXPECTED_MESSAGES));
    }
}
