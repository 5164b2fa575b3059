package dev.switchboard.transcoder.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.anthropic.MessagesRequestDecoder;
import dev.switchboard.transcoder.openai.OpenAiChatRequestDecoder;
import dev.switchboard.transcoder.openai.OpenAiFormat;
import dev.switchboard.transcoder.openai.ReasoningField;
import dev.switchboard.transcoder.responses.ResponsesRequestDecoder;
import dev.switchboard.v1.ChatCompletionRequest;

/**
 * Reasoning goes back to an OpenAI-format upstream on the assistant turns of a tool loop, whichever
 * format the client spoke. DeepSeek's thinking-mode guide: "for turns that do perform tool calls,
 * the reasoning_content must be fully passed back to the API in all subsequent requests", or the
 * API answers 400; its own example sends {@code reasoning_content} next to {@code tool_calls}.
 */
class ReasoningToolLoopTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String THOUGHT = "I need the date first, so I call get_date.";

    /** Turn 2 of DeepSeek's tool-call example, as a chat client sends it. */
    static final String CHAT_TURN_2 = """
            {"model":"deepseek-reasoner","messages":[
              {"role":"user","content":"How's the weather in Hangzhou tomorrow?"},
              {"role":"assistant","content":null,"reasoning_content":"%s",
               "tool_calls":[{"id":"call_00_a","type":"function","function":{"name":"get_date","arguments":"{}"}}]},
              {"role":"tool","tool_call_id":"call_00_a","content":"2025-12-01"},
              {"role":"assistant","content":null,"reasoning_content":"",
               "tool_calls":[{"id":"call_00_b","type":"function","function":{"name":"get_weather","arguments":"{\\"location\\":\\"Hangzhou\\"}"}}]},
              {"role":"tool","tool_call_id":"call_00_b","content":"Cloudy 7~13C"}],
             "tools":[{"type":"function","function":{"name":"get_date","parameters":{"type":"object","properties":{}}}},
                      {"type":"function","function":{"name":"get_weather","parameters":{"type":"object","properties":{}}}}]}
            """.formatted(THOUGHT);

    static JsonNode encode(ChatCompletionRequest req, OpenAiFormat format) throws Exception {
        return MAPPER.readTree(format.encodeChat(req, "deepseek-reasoner", false).body());
    }

    static ChatCompletionRequest chat(String json) {
        return OpenAiChatRequestDecoder.decode(json.getBytes(StandardCharsets.UTF_8)).request();
    }

    @Test
    void aChatClientsReasoningContentGoesBackOnEachToolCallingTurn() throws Exception {
        final JsonNode messages = encode(chat(CHAT_TURN_2), new OpenAiFormat()).get("messages");
        assertThat(messages.get(1).get("reasoning_content").asText()).isEqualTo(THOUGHT);
        assertThat(messages.get(1).get("tool_calls").get(0).get("id").asText()).isEqualTo("call_00_a");
        // DeepSeek's example sends an empty reasoning_content for a turn without reasoning: kept.
        assertThat(messages.get(3).has("reasoning_content")).isTrue();
        assertThat(messages.get(3).get("reasoning_content").asText()).isEmpty();
        assertThat(messages.get(0).has("reasoning_content")).isFalse();
        assertThat(messages.get(2).has("reasoning_content")).isFalse();
        // Reasoning is a field beside content, never a content part.
        assertThat(messages.get(1).get("content").isNull()).isTrue();
    }

    @Test
    void ollamaAndOpenRouterTakeItAsReasoning() throws Exception {
        final JsonNode m = encode(chat(CHAT_TURN_2), new OpenAiFormat(ReasoningField.REASONING)).get("messages").get(1);
        assertThat(m.get("reasoning").asText()).isEqualTo(THOUGHT);
        assertThat(m.has("reasoning_content")).isFalse();
    }

    @Test
    void openAisOwnApiGetsNoReasoningField() throws Exception {
        // OpenAI answers 400 "Additional properties are not allowed" to unknown message fields.
        final JsonNode messages = encode(chat(CHAT_TURN_2), new OpenAiFormat(ReasoningField.NONE)).get("messages");
        for (JsonNode m : messages) {
            assertThat(m.has("reasoning_content")).isFalse();
            assertThat(m.has("reasoning")).isFalse();
        }
    }

    @Test
    void anAnthropicClientsThinkingBlockGoesBackAsReasoningContent() throws Exception {
        // The thinking block the gateway gave it for DeepSeek's reasoning (no signature: DeepSeek signs nothing).
        final ChatCompletionRequest req = MessagesRequestDecoder.decode("""
                {"model":"deepseek-reasoner","max_tokens":1024,"messages":[
                  {"role":"user","content":"How's the weather in Hangzhou tomorrow?"},
                  {"role":"assistant","content":[
                    {"type":"thinking","thinking":"%s","signature":""},
                    {"type":"tool_use","id":"call_00_a","name":"get_date","input":{}}]},
                  {"role":"user","content":[{"type":"tool_result","tool_use_id":"call_00_a","content":"2025-12-01"}]}],
                 "tools":[{"name":"get_date","input_schema":{"type":"object","properties":{}}}]}
                """.formatted(THOUGHT).getBytes(StandardCharsets.UTF_8)).request();
        final JsonNode assistant = encode(req, new OpenAiFormat()).get("messages").get(1);
        assertThat(assistant.get("role").asText()).isEqualTo("assistant");
        assertThat(assistant.get("reasoning_content").asText()).isEqualTo(THOUGHT);
        assertThat(assistant.get("tool_calls").get(0).get("function").get("name").asText()).isEqualTo("get_date");
    }

    @Test
    void aResponsesClientsReasoningItemGoesBackAsReasoningContent() throws Exception {
        // The reasoning item the gateway gave it for DeepSeek's reasoning: the text as its summary.
        final ChatCompletionRequest req = ResponsesRequestDecoder.decode("""
                {"model":"deepseek-reasoner","store":false,"input":[
                  {"role":"user","content":"How's the weather in Hangzhou tomorrow?"},
                  {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"%s"}]},
                  {"type":"function_call","call_id":"call_00_a","name":"get_date","arguments":"{}"},
                  {"type":"function_call_output","call_id":"call_00_a","output":"2025-12-01"}]}
                """.formatted(THOUGHT).getBytes(StandardCharsets.UTF_8)).request().getRequest();
        final JsonNode assistant = encode(req, new OpenAiFormat()).get("messages").get(1);
        assertThat(assistant.get("reasoning_content").asText()).isEqualTo(THOUGHT);
        assertThat(assistant.get("tool_calls").get(0).get("id").asText()).isEqualTo("call_00_a");
    }

    @Test
    void redactedReasoningHasNoTextToSend() throws Exception {
        final ChatCompletionRequest req = MessagesRequestDecoder.decode("""
                {"model":"m","max_tokens":1024,"messages":[
                  {"role":"user","content":"Hi"},
                  {"role":"assistant","content":[{"type":"redacted_thinking","data":"EmwKAhgBEgy3va3pzix"},
                                                 {"type":"text","text":"Hello"}]},
                  {"role":"user","content":"Again"}]}
                """.getBytes(StandardCharsets.UTF_8)).request();
        assertThat(encode(req, new OpenAiFormat()).get("messages").get(1).has("reasoning_content")).isFalse();
    }
}
