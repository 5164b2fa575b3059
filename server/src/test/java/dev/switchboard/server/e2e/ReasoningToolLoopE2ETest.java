package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeResponses;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * Reasoning survives turn 2 of a tool loop, whichever format the client speaks. DeepSeek's
 * thinking mode needs a tool-calling turn's {@code reasoning_content} back on every later request
 * (or answers 400); a stateless Responses upstream needs the reasoning item back with the
 * {@code encrypted_content} it returns only when the request includes
 * {@code reasoning.encrypted_content}. The fakes record what the gateway sent them.
 */
class ReasoningToolLoopE2ETest {
    static final String KEY = "sk-reasoning-loop-5e1f";
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** The reasoning in fixtures/written/openai-compatible/deepseek-thinking-tool-call.json. */
    static final String THOUGHT = "The user asks for tomorrow's weather in Hangzhou. I need the date first, so I call get_date.";

    @TempDir
    static Path dataDir;
    static FakeUpstream deepseek;
    static FakeUpstream ollama;
    static FakeResponses responses;
    static TestGateway gateway;

    @BeforeAll
    static void start() {
        deepseek = new FakeUpstream(KEY);
        ollama = new FakeUpstream(null);
        responses = new FakeResponses(KEY);
        gateway = TestGateway.start(dataDir);
        gateway.addProvider("deepseek", deepseek.baseUrl(), KEY);
        create("{\"name\":\"local\",\"preset\":\"ollama\",\"base_url\":\"" + ollama.baseUrl() + "\"}");
        create("{\"name\":\"oai\",\"preset\":\"openai\",\"base_url\":\"" + deepseek.baseUrl() + "\",\"api_key\":\""
               + KEY + "\"}");
        create("{\"name\":\"resp\",\"preset\":\"custom\",\"api_format\":\"openai_responses\",\"base_url\":\""
               + responses.baseUrl() + "\",\"api_key\":\"" + KEY + "\"}");
    }

    static void create(String json) {
        final AggregatedHttpResponse res = gateway.post("/admin/v1/providers", json);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        deepseek.close();
        ollama.close();
        responses.close();
    }

    @BeforeEach
    void forgetEarlierRequests() throws InterruptedException {
        while (deepseek.pending() > 0) {
            deepseek.take();
        }
        while (ollama.pending() > 0) {
            ollama.take();
        }
        responses.drain();
    }

    static JsonNode post(String path, String json) throws Exception {
        final AggregatedHttpResponse res = gateway.post(path, json);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        return MAPPER.readTree(res.contentUtf8());
    }

    static final String TOOLS_MESSAGES = "[{\"name\":\"get_date\",\"input_schema\":{\"type\":\"object\",\"properties\":{}}}]";

    @Test
    void anAnthropicClientsThinkingGoesBackToDeepSeekAsReasoningContent() throws Exception {
        final String user = "{\"role\":\"user\",\"content\":\"How's the weather in Hangzhou tomorrow?\"}";
        final JsonNode turn1 = post("/v1/messages", "{\"model\":\"deepseek/deepseek-thinking\",\"max_tokens\":1024,"
                + "\"tools\":" + TOOLS_MESSAGES + ",\"messages\":[" + user + "]}");
        assertThat(turn1.get("content").get(0).get("type").asText()).isEqualTo("thinking");
        assertThat(turn1.get("content").get(0).get("thinking").asText()).isEqualTo(THOUGHT);
        final JsonNode toolUse = turn1.get("content").get(turn1.get("content").size() - 1);
        assertThat(toolUse.get("type").asText()).isEqualTo("tool_use");
        deepseek.take();

        // As Anthropic's SDKs do: the assistant content goes back unchanged, then the tool result.
        post("/v1/messages", "{\"model\":\"deepseek/deepseek-thinking\",\"max_tokens\":1024,\"tools\":" + TOOLS_MESSAGES
             + ",\"messages\":[" + user + ",{\"role\":\"assistant\",\"content\":" + turn1.get("content") + "},"
             + "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"" + toolUse.get("id").asText()
             + "\",\"content\":\"2025-12-01\"}]}]}");
        final JsonNode assistant = deepseek.take().json().get("messages").get(1);
        assertThat(assistant.get("role").asText()).isEqualTo("assistant");
        assertThat(assistant.get("reasoning_content").asText()).isEqualTo(THOUGHT);
        assertThat(assistant.get("tool_calls").get(0).get("id").asText()).isEqualTo("call_00_get_date");
    }

    @Test
    void aResponsesClientsReasoningItemGoesBackToDeepSeekAsReasoningContent() throws Exception {
        final String user = "{\"role\":\"user\",\"content\":\"How's the weather in Hangzhou tomorrow?\"}";
        final String tools = "[{\"type\":\"function\",\"name\":\"get_date\",\"parameters\":{\"type\":\"object\","
                             + "\"properties\":{}}}]";
        final JsonNode turn1 = post("/v1/responses", "{\"model\":\"deepseek/deepseek-thinking\",\"store\":false,"
                + "\"tools\":" + tools + ",\"input\":[" + user + "]}");
        final ArrayNode input = MAPPER.createArrayNode();
        input.add(MAPPER.readTree(user));
        String callId = null;
        for (JsonNode item : turn1.get("output")) {
            final ObjectNode copy = item.deepCopy();
            copy.remove("status");
            input.add(copy);
            if ("function_call".equals(item.get("type").asText())) {
                callId = item.get("call_id").asText();
            }
        }
        assertThat(turn1.get("output").get(0).get("type").asText()).isEqualTo("reasoning");
        input.add(MAPPER.readTree("{\"type\":\"function_call_output\",\"call_id\":\"" + callId
                                  + "\",\"output\":\"2025-12-01\"}"));
        deepseek.take();

        post("/v1/responses", "{\"model\":\"deepseek/deepseek-thinking\",\"store\":false,\"tools\":" + tools
             + ",\"input\":" + input + "}");
        final JsonNode assistant = deepseek.take().json().get("messages").get(1);
        assertThat(assistant.get("reasoning_content").asText()).isEqualTo(THOUGHT);
        assertThat(assistant.get("tool_calls").get(0).get("function").get("name").asText()).isEqualTo("get_date");
    }

    /** Turn 2 of DeepSeek's tool-call example, as a chat client (its own docs' code) sends it. */
    static String chatTurn2(String model) {
        return "{\"model\":\"" + model + "\",\"messages\":["
               + "{\"role\":\"user\",\"content\":\"How's the weather in Hangzhou tomorrow?\"},"
               + "{\"role\":\"assistant\",\"content\":\"\",\"reasoning_content\":\"" + THOUGHT + "\","
               + "\"tool_calls\":[{\"id\":\"call_00_get_date\",\"type\":\"function\","
               + "\"function\":{\"name\":\"get_date\",\"arguments\":\"{}\"}}]},"
               + "{\"role\":\"tool\",\"tool_call_id\":\"call_00_get_date\",\"content\":\"2025-12-01\"}]}";
    }

    @Test
    void aChatClientsReasoningContentIsKept() throws Exception {
        post("/v1/chat/completions", chatTurn2("deepseek/gpt-4o-mini"));
        assertThat(deepseek.take().json().get("messages").get(1).get("reasoning_content").asText()).isEqualTo(THOUGHT);
    }

    @Test
    void ollamaTakesTheReasoningBackAsReasoning() throws Exception {
        post("/v1/chat/completions", chatTurn2("local/gpt-4o-mini"));
        final JsonNode assistant = ollama.take().json().get("messages").get(1);
        assertThat(assistant.get("reasoning").asText()).isEqualTo(THOUGHT);
        assertThat(assistant.has("reasoning_content")).isFalse();
    }

    @Test
    void openAisOwnApiIsSentNoReasoningField() throws Exception {
        // OpenAI's chat API answers 400 to a message field it does not define.
        post("/v1/chat/completions", chatTurn2("oai/gpt-4o-mini"));
        final JsonNode assistant = deepseek.take().json().get("messages").get(1);
        assertThat(assistant.has("reasoning_content")).isFalse();
        assertThat(assistant.has("reasoning")).isFalse();
    }

    @Test
    void anAnthropicClientsThinkingBudgetAndEncryptedReasoningReachAResponsesUpstream() throws Exception {
        final String user = "{\"role\":\"user\",\"content\":\"Weather in Paris?\"}";
        final String tools = "[{\"name\":\"get_weather\",\"input_schema\":{\"type\":\"object\","
                             + "\"properties\":{\"city\":{\"type\":\"string\"}}}}]";
        final JsonNode turn1 = post("/v1/messages", "{\"model\":\"resp/reasoning-tools\",\"max_tokens\":8000,"
                + "\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":2048},\"tools\":" + tools
                + ",\"messages\":[" + user + "]}");
        final JsonNode first = responses.take().json();
        assertThat(first.get("store").asBoolean()).isFalse();
        assertThat(first.get("reasoning").get("effort").asText()).isEqualTo("low");
        assertThat(first.get("include").get(0).asText()).isEqualTo("reasoning.encrypted_content");
        final JsonNode toolUse = turn1.get("content").get(turn1.get("content").size() - 1);
        assertThat(toolUse.get("type").asText()).isEqualTo("tool_use");

        post("/v1/messages", "{\"model\":\"resp/reasoning-tools\",\"max_tokens\":8000,"
             + "\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":2048},\"tools\":" + tools
             + ",\"messages\":[" + user + ",{\"role\":\"assistant\",\"content\":" + turn1.get("content") + "},"
             + "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"" + toolUse.get("id").asText()
             + "\",\"content\":\"18C\"}]}]}");
        final JsonNode input = responses.take().json().get("input");
        assertThat(input.get(1).get("type").asText()).isEqualTo("reasoning");
        assertThat(input.get(1).get("id").asText()).isEqualTo("rs_written_1");
        assertThat(input.get(1).get("encrypted_content").asText()).isEqualTo("gAAAAABwrittenEncryptedReasoning==");
        assertThat(input.get(2).get("type").asText()).isEqualTo("function_call");
        assertThat(input.get(3).get("type").asText()).isEqualTo("function_call_output");
    }
}
