package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.v1.ChatCompletionRequest;

/**
 * With interleaved thinking, Anthropic's server tools put thinking between their blocks (thinking,
 * server_tool_use, web_search_tool_result, thinking, text: Anthropic's extended thinking and web
 * search tool pages). Resuming such a turn (pause_turn: "send the response back as is") to an
 * Anthropic upstream keeps every block in its place.
 */
class InterleavedThinkingTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void thinkingBetweenServerToolBlocksStaysInItsPlace() throws Exception {
        final JsonNode request = MAPPER.readTree("""
                {"model": "anthropic/claude-sonnet-4-5", "max_tokens": 4096,
                 "thinking": {"type": "enabled", "budget_tokens": 2048},
                 "tools": [{"type": "web_search_20250305", "name": "web_search", "max_uses": 5}],
                 "messages": [
                  {"role": "user", "content": "What is the tallest mountain in Alberta?"},
                  {"role": "assistant", "content": [
                    {"type": "thinking", "thinking": "I should search for this.", "signature": "EqQBCgIYAhIM1gbcDa9GJwZA2b3h"},
                    {"type": "server_tool_use", "id": "srvtoolu_01Ws000000000000000001", "name": "web_search",
                     "input": {"query": "tallest mountain in Alberta"}},
                    {"type": "web_search_tool_result", "tool_use_id": "srvtoolu_01Ws000000000000000001",
                     "content": [{"type": "web_search_result", "url": "https://en.wikipedia.org/wiki/Mount_Columbia_(Canada)",
                                  "title": "Mount Columbia (Canada) - Wikipedia", "encrypted_content": "EqgfCioIARgBIiQ3YTAw",
                                  "page_age": "April 30, 2025"}]},
                    {"type": "thinking", "thinking": "The result names Mount Columbia.", "signature": "EqQBCgIYAhIM2hcdEb0HKxaB3c4i"},
                    {"type": "text", "text": "Mount Columbia is the tallest."}]}]}""");
        final ChatCompletionRequest decoded = MessagesRequestDecoder.decode(MAPPER.writeValueAsBytes(request)).request();
        final EncodedRequest encoded = new AnthropicFormat().encodeChat(decoded, "claude-sonnet-4-5", false);
        final JsonNode sent = MAPPER.readTree(encoded.body());
        assertThat(sent.at("/messages/1/content")).isEqualTo(request.at("/messages/1/content"));
    }
}
