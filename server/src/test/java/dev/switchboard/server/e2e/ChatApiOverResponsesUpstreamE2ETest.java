package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import com.openai.models.FunctionDefinition;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeResponses;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/** An OpenAI chat client (openai-java) served by a provider that speaks the Responses API. */
class ChatApiOverResponsesUpstreamE2ETest {
    static final String KEY = "sk-responses-upstream-77aa";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeResponses upstream;
    static TestGateway gateway;
    static OpenAIClient openai;

    @BeforeAll
    static void start() {
        upstream = new FakeResponses(KEY);
        gateway = TestGateway.start(dataDir);
        final AggregatedHttpResponse created = gateway.post("/admin/v1/providers",
                "{\"name\":\"resp\",\"preset\":\"custom\",\"api_format\":\"openai_responses\",\"base_url\":\""
                + upstream.baseUrl() + "\",\"api_key\":\"" + KEY + "\"}");
        assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
        openai = OpenAIOkHttpClient.builder().apiKey(TestGateway.ADMIN_KEY).baseUrl(gateway.baseUrl() + "/v1")
                                   .maxRetries(0).build();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        upstream.drain();
    }

    @AfterAll
    static void stop() {
        openai.close();
        gateway.close();
        upstream.close();
    }

    @Test
    void unaryText() throws Exception {
        final ChatCompletion c = openai.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("resp/gpt-5.3-codex").addSystemMessage("Be current.").addUserMessage("AI news today?").build());
        assertThat(c.choices().get(0).message().content().orElseThrow())
                .startsWith("I\u2019ll quickly check reliable").contains("\n\nHere are some **latest AI updates");
        assertThat(c.usage().orElseThrow().totalTokens()).isEqualTo(7666);

        final FakeUpstream.Seen seen = upstream.take();
        assertThat(seen.headers().path()).isEqualTo("/v1/responses");
        assertThat(seen.headers().get("authorization")).isEqualTo("Bearer " + KEY);
        assertThat(seen.json().get("input")).isEqualTo(mapper.readTree(
                "[{\"role\":\"system\",\"content\":[{\"type\":\"input_text\",\"text\":\"Be current.\"}]},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"AI news today?\"}]}]"));
        assertThat(seen.json().get("store").asBoolean()).isFalse();
    }

    @Test
    void streamedTextWithUsage() throws Exception {
        final StringBuilder text = new StringBuilder();
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> s = openai.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("resp/gpt-5.3-codex").addUserMessage("AI news?")
                        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
            s.stream().forEach(c -> {
                chunks.add(c);
                c.choices().forEach(ch -> ch.delta().content().ifPresent(text::append));
            });
        }
        assertThat(text.toString()).isEqualTo("Got it\n\nHere are a few **AI");
        assertThat(chunks.get(chunks.size() - 1).usage().orElseThrow().totalTokens()).isEqualTo(7575);
        assertThat(upstream.take().json().get("stream").asBoolean()).isTrue();
    }

    @Test
    void streamedToolCallsAcrossTwoTurns() throws Exception {
        final ChatCompletionCreateParams.Builder turn1 = ChatCompletionCreateParams.builder().model("resp/tools")
                .addUserMessage("Weather and time in Paris?")
                .addFunctionTool(FunctionDefinition.builder().name("get_weather").build())
                .addFunctionTool(FunctionDefinition.builder().name("get_time").build());
        final Map<Long, String[]> calls = new TreeMap<>();
        final List<JsonValue> thinking = new ArrayList<>();
        final StringBuilder reasoning = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> s = openai.chat().completions().createStreaming(turn1.build())) {
            s.stream().forEach(c -> c.choices().forEach(ch -> {
                final JsonValue blocks = ch.delta()._additionalProperties().get("thinking_blocks");
                if (blocks != null) {
                    thinking.add(blocks);
                }
                final JsonValue r = ch.delta()._additionalProperties().get("reasoning_content");
                if (r != null) {
                    reasoning.append(r.asString().orElse(""));
                }
                ch.delta().toolCalls().ifPresent(list -> list.forEach(tc -> {
                    final String[] call = calls.computeIfAbsent(tc.index(), i -> new String[] { null, null, "" });
                    tc.id().ifPresent(id -> call[0] = id);
                    tc.function().ifPresent(f -> {
                        f.name().ifPresent(n -> call[1] = n);
                        f.arguments().ifPresent(a -> call[2] += a);
                    });
                }));
            }));
        }
        assertThat(calls.get(0L)).containsExactly("call_a", "get_weather", "{\"city\":\"Paris\"}");
        assertThat(calls.get(1L)).containsExactly("call_b", "get_time", "{\"tz\":\"CET\"}");
        assertThat(thinking).as("the reasoning item's state reaches the client").hasSize(1);
        upstream.take();

        assertThat(reasoning.toString()).isEqualTo("Need the weather.");

        // Turn two, as a client writes it: the assistant turn (with the reasoning and thinking
        // blocks it was given) and one tool result per call.
        final ChatCompletionAssistantMessageParam.Builder assistant = ChatCompletionAssistantMessageParam.builder()
                .putAdditionalProperty("reasoning_content", JsonValue.from(reasoning.toString()))
                .putAdditionalProperty("thinking_blocks", thinking.get(0));
        calls.values().forEach(c -> assistant.addToolCall(ChatCompletionMessageFunctionToolCall.builder().id(c[0])
                .function(ChatCompletionMessageFunctionToolCall.Function.builder().name(c[1]).arguments(c[2]).build())
                .build()));
        final ChatCompletion answer = openai.chat().completions().create(turn1.model("resp/gpt-5.3-codex")
                .addMessage(assistant.build())
                .addMessage(ChatCompletionToolMessageParam.builder().toolCallId("call_a").content("sunny, 21C").build())
                .addMessage(ChatCompletionToolMessageParam.builder().toolCallId("call_b").content("14:05").build())
                .build());
        assertThat(answer.choices().get(0).message().content()).isPresent();

        final JsonNode input = upstream.take().json().get("input");
        assertThat(input).hasSize(6);
        assertThat(input.get(1)).isEqualTo(mapper.readTree(
                "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"encrypted_content\":\"gAAAAB-enc\","
                + "\"summary\":[{\"type\":\"summary_text\",\"text\":\"Need the weather.\"}]}"));
        assertThat(input.get(2)).isEqualTo(mapper.readTree(
                "{\"type\":\"function_call\",\"call_id\":\"call_a\",\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}"));
        assertThat(input.get(4)).isEqualTo(mapper.readTree(
                "{\"type\":\"function_call_output\",\"call_id\":\"call_a\",\"output\":\"sunny, 21C\"}"));
        assertThat(input.get(5).get("call_id").asText()).isEqualTo("call_b");
    }

    @Test
    void parametersTheApiCannotTakeAreNamedInAHeader() throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/chat/completions",
                "{\"model\":\"resp/gpt-5.3-codex\",\"stop\":[\"END\"],\"seed\":7,\"temperature\":0.2,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(res.status().code()).isEqualTo(200);
        assertThat(res.headers().get("x-switchboard-dropped-params")).isEqualTo("stop,seed");
        final JsonNode sent = upstream.take().json();
        assertThat(sent.has("stop")).isFalse();
        assertThat(sent.has("seed")).isFalse();
        assertThat(sent.get("temperature").asDouble()).isEqualTo(0.2);
    }

    @Test
    void upstreamRateLimitReachesTheClientAs429() {
        final RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> openai.chat().completions()
                .create(ChatCompletionCreateParams.builder().model("resp/rate-limited").addUserMessage("hi").build()));
        assertThat(e.statusCode()).isEqualTo(429);
        assertThat(e.headers().values("retry-after")).containsExactly("3");
        assertThat(e.getMessage()).contains("exceeded your current quota");
    }
}
