package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.transcoder.gemini.GeminiFormat;
import dev.switchboard.transcoder.openai.OpenAiFormat;
import dev.switchboard.transcoder.responses.ResponsesFormat;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionRequest;

/**
 * An Anthropic client resumes a paused turn (Anthropic's server tools page: the answer goes back
 * unchanged as the last assistant turn; here fixtures/written/anthropic/messages/web-search-pause-turn.json)
 * through a route to an upstream of another format. Its server_tool_use and web_search_tool_result
 * blocks cannot go there: they are left out and named in the dropped params, once per type.
 */
class PassThroughDroppedTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<UpstreamFormat> formats() {
        return List.of(new OpenAiFormat(), new GeminiFormat(), new ResponsesFormat());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void theBlocksOfAPausedTurnAreNamedWhereTheyCannotGo(UpstreamFormat format) throws Exception {
        final JsonNode answer = MAPPER.readTree(Fixtures.written("anthropic/messages/web-search-pause-turn.json"));
        final ObjectNode request = MAPPER.createObjectNode();
        request.put("model", "any/model");
        request.put("max_tokens", 4096);
        final ArrayNode messages = request.putArray("messages");
        messages.addObject().put("role", "user")
                .put("content", "What is the tallest mountain in Alberta, and who first climbed it?");
        messages.addObject().put("role", "assistant").set("content", answer.get("content"));

        final ChatCompletionRequest decoded = MessagesRequestDecoder.decode(MAPPER.writeValueAsBytes(request)).request();
        final EncodedRequest encoded = format.encodeChat(decoded, "model", false);

        assertThat(encoded.droppedParams()).containsSubsequence(
                "messages[].content.server_tool_use", "messages[].content.web_search_tool_result");
        assertThat(encoded.droppedParams()).doesNotHaveDuplicates();
        final String body = new String(encoded.body(), StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("srvtoolu_").contains("Mount Columbia, at 3,747 m (12,293 ft)");
    }
}
