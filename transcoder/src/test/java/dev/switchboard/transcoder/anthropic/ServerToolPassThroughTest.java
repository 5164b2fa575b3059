package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.SseParser;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.openai.OpenAiChatRequestDecoder;
import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.FinishReason;

/**
 * Anthropic server tools (web search), their citations and {@code pause_turn}, from hand-written
 * bodies (fixtures/written/anthropic/messages/web-search-pause-turn.*, from Anthropic's web search
 * tool, citations, streaming and server tools pages): a Messages client gets them unchanged, whole
 * and streamed, and its paused turn goes back to the upstream as it came; an OpenAI chat client
 * gets the citations as url_citation annotations and is told the tool's blocks were left out.
 */
class ServerToolPassThroughTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AnthropicFormat ANTHROPIC = new AnthropicFormat();
    private static final String WHOLE = "anthropic/messages/web-search-pause-turn.json";
    private static final String STREAM = "anthropic/messages/web-search-pause-turn.sse";

    private static JsonNode tree(byte[] json) throws Exception {
        return MAPPER.readTree(json);
    }

    private static JsonNode tree(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    @Test
    void aWholeAnswerReachesAMessagesClientUnchanged() throws Exception {
        final JsonNode upstream = tree(Fixtures.written(WHOLE));
        final ChatCompletionResponse r = ANTHROPIC.decodeChat(Fixtures.written(WHOLE).getBytes(StandardCharsets.UTF_8));
        assertThat(r.getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_PAUSE_TURN);

        final JsonNode client = tree(MessagesResponseEncoder.encode(r, "claude-sonnet-4-5"));
        assertThat(client.get("content")).isEqualTo(upstream.get("content"));
        assertThat(client.get("stop_reason").asText()).isEqualTo("pause_turn");
        assertThat(client.get("id")).isEqualTo(upstream.get("id"));
    }

    @Test
    void aStreamReachesAMessagesClientWithEveryBlockAndIndexUnchanged() throws Exception {
        final List<JsonNode> upstream = new ArrayList<>();
        for (SseEvent e : events(Fixtures.written(STREAM))) {
            upstream.add(tree(e.data()));
        }
        final List<JsonNode> client = new ArrayList<>();
        for (SseEvent e : events(relay(Fixtures.written(STREAM)))) {
            client.add(tree(e.data()));
            assertThat(e.event()).isEqualTo(client.get(client.size() - 1).get("type").asText());
        }
        assertThat(blockEvents(client)).isEqualTo(blockEvents(upstream));
        final JsonNode messageDelta = client.stream().filter(e -> "message_delta".equals(e.get("type").asText()))
                                            .findFirst().orElseThrow();
        assertThat(messageDelta.at("/delta/stop_reason").asText()).isEqualTo("pause_turn");
        assertThat(client.get(client.size() - 1).get("type").asText()).isEqualTo("message_stop");
    }

    @Test
    void thePausedTurnGoesBackToTheUpstreamUnchanged() throws Exception {
        final JsonNode answer = tree(Fixtures.written(WHOLE));
        final ObjectNode request = MAPPER.createObjectNode();
        request.put("model", "anthropic/claude-sonnet-4-5");
        request.put("max_tokens", 4096);
        request.putArray("tools").addObject().put("type", "web_search_20250305").put("name", "web_search")
               .put("max_uses", 5);
        final ObjectNode user = request.putArray("messages").addObject();
        user.put("role", "user");
        user.put("content", "What is the tallest mountain in Alberta, and who first climbed it?");
        final ObjectNode assistant = ((com.fasterxml.jackson.databind.node.ArrayNode) request.get("messages")).addObject();
        assistant.put("role", "assistant");
        assistant.set("content", answer.get("content"));

        final ChatCompletionRequest decoded =
                MessagesRequestDecoder.decode(MAPPER.writeValueAsBytes(request)).request();
        final EncodedRequest encoded = ANTHROPIC.encodeChat(decoded, "claude-sonnet-4-5", false);
        final JsonNode sent = tree(encoded.body());
        assertThat(sent.get("messages")).isEqualTo(request.get("messages"));
        assertThat(sent.get("tools")).isEqualTo(request.get("tools"));
        assertThat(encoded.droppedParams()).isEmpty();
    }

    @Test
    void anOpenAiClientGetsTheCitationsAsAnnotationsThatValidate() throws Exception {
        final ChatCompletionResponse r = ANTHROPIC.decodeChat(Fixtures.written(WHOLE).getBytes(StandardCharsets.UTF_8));
        final byte[] body = OpenAiChatResponseEncoder.encode(r);
        OpenAiSpec.assertValid("CreateChatCompletionResponse", body);

        final JsonNode message = tree(body).at("/choices/0/message");
        final String before = "The tallest mountain in Alberta is ";
        final String cited = "Mount Columbia, at 3,747 m (12,293 ft)";
        assertThat(message.get("content").asText())
                .isEqualTo(before + cited + ". Let me check its first ascent.");
        assertThat(message.get("annotations")).isEqualTo(tree("""
                [{"type": "url_citation", "url_citation": {
                   "url": "https://en.wikipedia.org/wiki/Mount_Columbia_(Canada)",
                   "title": "Mount Columbia (Canada) - Wikipedia",
                   "start_index": %d, "end_index": %d}}]""".formatted(before.length(),
                                                                      before.length() + cited.length())));
        // A paused turn is a stop to a format without the notion.
        assertThat(tree(body).at("/choices/0/finish_reason").asText()).isEqualTo("stop");
    }

    @Test
    void anOpenAiClientsStreamSkipsTheServerToolBlocksAndKeepsTheText() throws Exception {
        final StringBuilder text = new StringBuilder();
        for (ChatCompletionChunk c : decode(Fixtures.written(STREAM))) {
            if (OpenAiChunkEncoder.carriesNothingForChat(c) || c.getChoicesCount() == 0) {
                continue;
            }
            final byte[] chunk = OpenAiChunkEncoder.encode(c, false);
            OpenAiSpec.assertValid("CreateChatCompletionStreamResponse", chunk);
            final JsonNode delta = tree(chunk).at("/choices/0/delta");
            assertThat(delta.has("tool_calls")).isFalse();
            // No chunk that says nothing: the server tool's blocks are left out, not sent empty.
            assertThat(delta.size() > 0 || tree(chunk).at("/choices/0/finish_reason").isTextual())
                    .as(c.toString()).isTrue();
            if (delta.hasNonNull("content")) {
                text.append(delta.get("content").asText());
            }
        }
        assertThat(text.toString()).isEqualTo(
                "The tallest mountain in Alberta is Mount Columbia, at 3,747 m (12,293 ft). Let me check its first"
                + " ascent.");
    }

    @Test
    void anOpenAiClientsServerToolIsNamedAsItsBlocksCannotReachIt() {
        final ChatCompletionRequest req = OpenAiChatRequestDecoder.decode("""
                {"model": "anthropic/claude-sonnet-4-5",
                 "messages": [{"role": "user", "content": "Tallest mountain in Alberta?"}],
                 "tools": [{"type": "web_search_20250305", "name": "web_search", "max_uses": 3}]}"""
                .getBytes(StandardCharsets.UTF_8)).request();
        final EncodedRequest encoded = ANTHROPIC.encodeChat(req, "claude-sonnet-4-5", false);
        assertThat(encoded.droppedParams()).containsExactly("web_search_20250305");
        assertThat(new String(encoded.body(), StandardCharsets.UTF_8)).contains("\"web_search_20250305\"");
    }

    private static List<ChatCompletionChunk> decode(String sse) {
        final StreamDecoder decoder = ANTHROPIC.newStreamDecoder("claude-sonnet-4-5");
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        for (SseEvent e : events(sse)) {
            decoder.decode(e, chunks::add);
        }
        return chunks;
    }

    private static String relay(String sse) {
        final MessagesStreamEncoder encoder = new MessagesStreamEncoder("claude-sonnet-4-5");
        final StringBuilder out = new StringBuilder();
        for (ChatCompletionChunk c : decode(sse)) {
            out.append(new String(encoder.encode(c), StandardCharsets.UTF_8));
        }
        return out.append(new String(encoder.finish(), StandardCharsets.UTF_8)).toString();
    }

    private static List<SseEvent> events(String sse) {
        final List<SseEvent> events = new ArrayList<>();
        final SseParser parser = new SseParser();
        parser.feed(sse.getBytes(StandardCharsets.UTF_8), events::add);
        parser.finish(events::add);
        return events;
    }

    private static List<JsonNode> blockEvents(List<JsonNode> events) {
        return events.stream().filter(e -> e.get("type").asText().startsWith("content_block_")).toList();
    }
}
