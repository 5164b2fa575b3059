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
import com.openai.errors.InternalServerException;
import com.openai.errors.OpenAIException;
import com.openai.errors.RateLimitException;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.models.Model;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeGemini;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.transcoder.testing.Fixtures;

/**
 * An OpenAI chat client (openai-java) served by a provider created from the "gemini" preset, whose
 * base URL points at a fake Gemini API replaying recorded traffic. Expected values were read off the
 * recordings.
 */
class GeminiE2ETest {
    static final String KEY = "AIza-gemini-e2e-4d1f";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeGemini upstream;
    static TestGateway gateway;
    static OpenAIClient openai;

    @BeforeAll
    static void start() {
        upstream = new FakeGemini(KEY);
        gateway = TestGateway.start(dataDir);
        final AggregatedHttpResponse created = gateway.post("/admin/v1/providers",
                "{\"name\":\"gem\",\"preset\":\"gemini\",\"base_url\":\"" + upstream.baseUrl()
                + "\",\"api_key\":\"" + KEY + "\"}");
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

    /** Gemini's key travels in its own header and nowhere else. */
    private static void assertKeyHandling(FakeUpstream.Seen seen) {
        assertThat(seen.headers().get("x-goog-api-key")).isEqualTo(KEY);
        assertThat(seen.headers().get("authorization")).isNull();
        assertThat(seen.headers().path()).doesNotContain("key=").doesNotContain(KEY);
        assertThat(seen.body()).doesNotContain(KEY);
    }

    @Test
    void unaryText() throws Exception {
        final ChatCompletion c = openai.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("gem/gemini-2.5-flash").addSystemMessage("Be exact.")
                .addUserMessage("How many r's are in strawberry?").build());
        assertThat(c.choices().get(0).message().content().orElseThrow())
                .isEqualTo("There are **3** r's in strawberry.\n\nHere is the breakdown: st**r**awbe**rr**y.");
        assertThat(c.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(c.usage().orElseThrow().totalTokens()).isEqualTo(281);
        assertThat(c.usage().orElseThrow().completionTokens()).isEqualTo(28 + 244);
        assertThat(c.model()).isEqualTo("gemini-3-pro-preview");

        final FakeUpstream.Seen seen = upstream.take();
        assertThat(seen.headers().path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        assertKeyHandling(seen);
        assertThat(seen.json()).isEqualTo(mapper.readTree(
                "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"How many r's are in strawberry?\"}]}],"
                + "\"systemInstruction\":{\"parts\":[{\"text\":\"Be exact.\"}]}}"));
    }

    @Test
    void streamedTextWithUsage() throws Exception {
        final StringBuilder text = new StringBuilder();
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> s = openai.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("gem/gemini-2.0-flash").addUserMessage("why is the sky blue?")
                        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
            s.stream().forEach(c -> {
                chunks.add(c);
                c.choices().forEach(ch -> ch.delta().content().ifPresent(text::append));
            });
        }
        assertThat(text.toString()).startsWith("The sky is blue due to a phenomenon called **Rayleigh scattering**.")
                                   .endsWith("leading to variations in the blue intensity or even a hazy appearance.")
                                   .hasSize(1879);
        final ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.choices()).isEmpty();
        assertThat(last.usage().orElseThrow().totalTokens()).isEqualTo(383);
        assertThat(chunks.get(chunks.size() - 2).choices().get(0).finishReason())
                .contains(ChatCompletionChunk.Choice.FinishReason.STOP);

        final FakeUpstream.Seen seen = upstream.take();
        assertThat(seen.headers().path()).isEqualTo("/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse");
        assertKeyHandling(seen);
        assertThat(seen.json().get("contents")).isEqualTo(mapper.readTree(
                "[{\"role\":\"user\",\"parts\":[{\"text\":\"why is the sky blue?\"}]}]"));
    }

    @Test
    void streamedToolCallAcrossTwoTurnsCarriesTheResultAndTheSignature() throws Exception {
        final ChatCompletionCreateParams.Builder turn1 = ChatCompletionCreateParams.builder()
                .model("gem/gemini-3-pro-preview")
                .addUserMessage("What is the weather in San Francisco?")
                .addFunctionTool(FunctionDefinition.builder().name("weather").description("Current weather")
                        .parameters(FunctionParameters.builder()
                                .putAdditionalProperty("type", JsonValue.from("object"))
                                .putAdditionalProperty("properties", JsonValue.from(
                                        Map.of("location", Map.of("type", "string"))))
                                .putAdditionalProperty("required", JsonValue.from(List.of("location")))
                                .build())
                        .build());
        final Map<Long, String[]> calls = new TreeMap<>();
        final List<ChatCompletionChunk.Choice.FinishReason> finish = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> s = openai.chat().completions().createStreaming(turn1.build())) {
            s.stream().forEach(c -> c.choices().forEach(ch -> {
                ch.finishReason().ifPresent(finish::add);
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
        assertThat(calls).containsOnlyKeys(0L);
        final String[] call = calls.get(0L);
        assertThat(call[0]).as("minted id, with the signature riding along").matches("call_0_[0-9a-f]{8}__sbps_.+");
        assertThat(call[1]).isEqualTo("weather");
        assertThat(mapper.readTree(call[2])).isEqualTo(mapper.readTree("{\"location\":\"San Francisco\"}"));
        assertThat(finish).containsExactly(ChatCompletionChunk.Choice.FinishReason.TOOL_CALLS);

        final FakeUpstream.Seen first = upstream.take();
        assertThat(first.headers().path()).isEqualTo("/v1beta/models/gemini-3-pro-preview:streamGenerateContent?alt=sse");
        assertKeyHandling(first);
        assertThat(first.json().at("/tools/0/functionDeclarations/0")).isEqualTo(mapper.readTree(
                "{\"name\":\"weather\",\"description\":\"Current weather\",\"parametersJsonSchema\":{\"type\":\"object\","
                + "\"properties\":{\"location\":{\"type\":\"string\"}},\"required\":[\"location\"]}}"));

        // Turn two, as a client writes it: the assistant turn echoing the call, and the tool result.
        final StringBuilder answer = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> s = openai.chat().completions().createStreaming(turn1
                .addMessage(ChatCompletionAssistantMessageParam.builder()
                        .addToolCall(ChatCompletionMessageFunctionToolCall.builder().id(call[0])
                                .function(ChatCompletionMessageFunctionToolCall.Function.builder()
                                        .name(call[1]).arguments(call[2]).build())
                                .build())
                        .build())
                .addMessage(ChatCompletionToolMessageParam.builder().toolCallId(call[0])
                        .content("{\"temperature\":18,\"condition\":\"Cloudy\"}").build())
                .build())) {
            s.stream().forEach(c -> c.choices().forEach(ch -> ch.delta().content().ifPresent(answer::append)));
        }
        assertThat(answer.toString()).isEqualTo("今日の東京の天気は曇りで、気温は22度です。\n");

        final JsonNode contents = upstream.take().json().get("contents");
        final String signature = mapper.readTree(Fixtures.jsonl("gemini/vercel-google-tool-call.chunks.jsonl").get(0))
                                       .at("/candidates/0/content/parts/0/thoughtSignature").asText();
        assertThat(contents).hasSize(3);
        assertThat(contents.get(1)).isEqualTo(mapper.readTree(
                "{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":\"weather\","
                + "\"args\":{\"location\":\"San Francisco\"}},\"thoughtSignature\":\"" + signature + "\"}]}"));
        assertThat(contents.get(2)).isEqualTo(mapper.readTree(
                "{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"weather\","
                + "\"response\":{\"temperature\":18,\"condition\":\"Cloudy\"}}}]}"));
    }

    @Test
    void rateLimitWithRetryInfoInTheBodyBecomes429WithRetryAfter() {
        final RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> openai.chat().completions()
                .create(ChatCompletionCreateParams.builder().model("gem/rate-limited").addUserMessage("hi").build()));
        assertThat(e.statusCode()).isEqualTo(429);
        assertThat(e.headers().values("retry-after")).containsExactly("30");
        assertThat(e.getMessage()).contains("exceeded your current quota");
    }

    @Test
    void overloadedBecomes503() {
        final InternalServerException e = catchThrowableOfType(InternalServerException.class, () -> openai.chat()
                .completions().create(ChatCompletionCreateParams.builder().model("gem/overloaded").addUserMessage("hi")
                                                                .build()));
        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(e.getMessage()).contains("overloaded");
    }

    @Test
    void anErrorEventEndsTheStreamWithAnError() {
        final OpenAIException e = catchThrowableOfType(OpenAIException.class, () -> {
            try (StreamResponse<ChatCompletionChunk> s = openai.chat().completions().createStreaming(
                    ChatCompletionCreateParams.builder().model("gem/error-in-stream").addUserMessage("hi").build())) {
                s.stream().forEach(c -> {});
            }
        });
        assertThat(e).hasMessageContaining("Internal error encountered");
    }

    @Test
    void listsTheProvidersModels() {
        assertThat(openai.models().list().data()).extracting(Model::id)
                .contains("gem/gemini-2.5-flash", "gem/gemini-3-pro-preview");
    }
}
