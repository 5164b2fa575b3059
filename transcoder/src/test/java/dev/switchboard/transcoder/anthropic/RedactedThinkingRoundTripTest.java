package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.openai.OpenAiChatRequestDecoder;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;

/**
 * A streamed turn with a redacted_thinking block before a signed thinking block (Anthropic's
 * extended-thinking docs: both kinds come before the text, each goes back as received) must come
 * back on the next turn as the same two blocks in the same order: the redacted one with its data
 * and no text, the thinking text on the block whose signature signs it.
 */
class RedactedThinkingRoundTripTest {
    private static final String MODEL = "claude-3-7-sonnet-20250219";
    private static final String DATA = "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPkNRj2YfWXGmKDxH4mPnZ5sQ7vB9URj2"
            + "pLmN3kF8/dW5hR7xJ0aP1oLs9yTcMnKVf2wRpEGjH9XZaBt4UvDcPrQ==";
    private static final String SIGNATURE = "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds";
    /** The assistant turn Anthropic must get back, block for block as the stream delivered them. */
    private static final String EXPECTED_ASSISTANT = "{\"role\":\"assistant\",\"content\":["
            + "{\"type\":\"redacted_thinking\",\"data\":\"" + DATA + "\"},"
            + "{\"type\":\"thinking\",\"thinking\":\"The user wants 27 * 453. 27 * 453 = 12231.\","
            + "\"signature\":\"" + SIGNATURE + "\"},"
            + "{\"type\":\"text\",\"text\":\"27 * 453 = 12,231.\"}]}";

    private static List<ChatCompletionChunk> turnOne() {
        final List<SseEvent> events = AnthropicRecordings.sseBody(
                Fixtures.written("anthropic/messages/redacted-then-signed-thinking.sse"));
        return AnthropicRecordings.decode(events);
    }

    private static JsonNode upstreamMessages(ChatCompletionRequest next) {
        return AnthropicRecordings.tree(new AnthropicFormat().encodeChat(next, MODEL, true).body()).get("messages");
    }

    @Test
    void anOpenAiClientRebuildingTheStreamSendsBothBlocksBackInOrder() throws Exception {
        // What an OpenAI client keeps from the chunks (LiteLLM's convention): reasoning_content
        // concatenated, thinking_blocks gathered in order, content concatenated.
        final StringBuilder reasoning = new StringBuilder();
        final StringBuilder text = new StringBuilder();
        final List<JsonNode> blocks = new ArrayList<>();
        for (ChatCompletionChunk chunk : turnOne()) {
            final JsonNode c = AnthropicRecordings.tree(OpenAiChunkEncoder.encode(chunk, false));
            for (JsonNode choice : c.path("choices")) {
                final JsonNode d = choice.get("delta");
                reasoning.append(d.path("reasoning_content").asText(""));
                text.append(d.path("content").asText(""));
                d.path("thinking_blocks").forEach(blocks::add);
            }
        }
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).get("type").asText()).isEqualTo("redacted_thinking");
        assertThat(blocks.get(1).get("type").asText()).isEqualTo("thinking");

        final ObjectNode request = AnthropicRecordings.MAPPER.createObjectNode()
                .put("model", "p/" + MODEL).put("reasoning_effort", "medium");
        final ArrayNode messages = request.putArray("messages");
        messages.addObject().put("role", "user").put("content", "What is 27 * 453?");
        final ObjectNode assistant = messages.addObject().put("role", "assistant").put("content", text.toString())
                                             .put("reasoning_content", reasoning.toString());
        assistant.putArray("thinking_blocks").addAll(blocks);
        messages.addObject().put("role", "user").put("content", "And 27 * 454?");

        final JsonNode sent = upstreamMessages(
                OpenAiChatRequestDecoder.decode(AnthropicRecordings.MAPPER.writeValueAsBytes(request)).request());
        assertThat(sent.get(1)).isEqualTo(AnthropicRecordings.tree(EXPECTED_ASSISTANT));
    }

    @Test
    void anOpenAiClientEchoingTheOldStreamFormSendsBothBlocksBackInOrder() {
        // A conversation kept from before the gateway named redacted blocks in streams: both came
        // as "thinking" blocks, the redacted one with its state as the signature.
        final String next = "{\"model\":\"p/" + MODEL + "\",\"reasoning_effort\":\"medium\",\"messages\":["
                + "{\"role\":\"user\",\"content\":\"What is 27 * 453?\"},"
                + "{\"role\":\"assistant\",\"content\":\"27 * 453 = 12,231.\","
                + "\"reasoning_content\":\"The user wants 27 * 453. 27 * 453 = 12231.\",\"thinking_blocks\":["
                + "{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"anthropic:redacted:" + DATA + "\"},"
                + "{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"anthropic:" + SIGNATURE + "\"}]},"
                + "{\"role\":\"user\",\"content\":\"And 27 * 454?\"}]}";
        final JsonNode sent = upstreamMessages(
                OpenAiChatRequestDecoder.decode(next.getBytes(java.nio.charset.StandardCharsets.UTF_8)).request());
        assertThat(sent.get(1)).isEqualTo(AnthropicRecordings.tree(EXPECTED_ASSISTANT));
    }

    @Test
    void anAnthropicClientRebuildingTheStreamSendsBothBlocksBackInOrder() throws Exception {
        final MessagesStreamEncoder encoder = new MessagesStreamEncoder("p/" + MODEL);
        final StringBuilder sse = new StringBuilder();
        for (ChatCompletionChunk chunk : turnOne()) {
            sse.append(new String(encoder.encode(chunk), java.nio.charset.StandardCharsets.UTF_8));
        }
        sse.append(new String(encoder.finish(), java.nio.charset.StandardCharsets.UTF_8));
        // What the Anthropic SDK's stream accumulator builds: each block from its start, its deltas appended.
        final Map<Integer, ObjectNode> content = new LinkedHashMap<>();
        for (SseEvent e : AnthropicRecordings.sseBody(sse.toString())) {
            final JsonNode event = AnthropicRecordings.tree(e.data());
            switch (event.get("type").asText()) {
                case "content_block_start":
                    content.put(event.get("index").asInt(), (ObjectNode) event.get("content_block").deepCopy());
                    break;
                case "content_block_delta": {
                    final ObjectNode block = content.get(event.get("index").asInt());
                    final JsonNode d = event.get("delta");
                    switch (d.get("type").asText()) {
                        case "thinking_delta": append(block, "thinking", d.get("thinking").asText()); break;
                        case "signature_delta": block.put("signature", d.get("signature").asText()); break;
                        case "text_delta": append(block, "text", d.get("text").asText()); break;
                        default: throw new AssertionError("unexpected delta " + d);
                    }
                    break;
                }
                default:
                    break;
            }
        }
        final ObjectNode request = AnthropicRecordings.MAPPER.createObjectNode()
                .put("model", "p/" + MODEL).put("max_tokens", 2048);
        request.putObject("thinking").put("type", "enabled").put("budget_tokens", 1024);
        final ArrayNode messages = request.putArray("messages");
        messages.addObject().put("role", "user").put("content", "What is 27 * 453?");
        messages.addObject().put("role", "assistant").putArray("content").addAll(List.copyOf(content.values()));
        messages.addObject().put("role", "user").put("content", "And 27 * 454?");

        final JsonNode sent = upstreamMessages(
                MessagesRequestDecoder.decode(AnthropicRecordings.MAPPER.writeValueAsBytes(request)).request());
        assertThat(sent.get(1)).isEqualTo(AnthropicRecordings.tree(EXPECTED_ASSISTANT));
    }

    private static void append(ObjectNode block, String field, String more) {
        block.put(field, block.path(field).asText("") + more);
    }
}
