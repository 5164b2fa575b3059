package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.ReasoningEffort;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.models.Model;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeAnthropic;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * The whole path to an Anthropic upstream: the official openai-java SDK calls a gateway started
 * with production wiring, whose provider (preset "anthropic", base URL pointing at a fake) is
 * created through the admin REST API; the fake replays recorded Messages API traffic and the test
 * asserts what it received. Expected values were read from the recordings.
 */
class AnthropicE2ETest {
    static final String KEY = "sk-ant-e2e-4c1d9b";
    static final String WEATHER_TURN_TWO = "The weather in San Francisco, CA is currently:\n- **Temperature:** 68\u00b0F\n"
                                           + "- **Condition:** Sunny\n\nIt's a nice sunny day!";
    static final String TOOL_RESULT = "{\"location\": \"San Francisco, CA\", \"temperature\": \"68\\u00b0F\", "
                                      + "\"condition\": \"Sunny\"}";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeAnthropic upstream;
    static TestGateway gateway;
    static OpenAIClient openai;

    @BeforeAll
    static void start() {
        upstream = new FakeAnthropic(KEY);
        gateway = TestGateway.start(dataDir);
        final AggregatedHttpResponse created = gateway.post("/admin/v1/providers",
                "{\"name\":\"claude\",\"preset\":\"anthropic\",\"base_url\":\"" + upstream.baseUrl()
                + "\",\"api_key\":\"" + KEY + "\"}");
        assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
        openai = OpenAIOkHttpClient.builder().apiKey(TestGateway.ADMIN_KEY).baseUrl(gateway.baseUrl() + "/v1")
                                   .maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        openai.close();
        gateway.close();
        upstream.close();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        upstream.clear();
    }

    static JsonNode json(String s) throws Exception {
        return mapper.readTree(s);
    }

    /** The recorded Anthropic-side request of a golden case, written by hand in the transcoder's tests. */
    static JsonNode golden(String name) throws Exception {
        final ObjectNode n = (ObjectNode) mapper.readTree(AnthropicE2ETest.class.getClassLoader().getResourceAsStream(
                "golden/anthropic/" + name + "/request.json"));
        n.remove("_comment");
        return n;
    }

    static void assertAnthropicRequest(FakeUpstream.Seen seen) {
        assertThat(seen.headers().method().name()).isEqualTo("POST");
        assertThat(seen.headers().path()).isEqualTo("/v1/messages");
        assertThat(seen.headers().get("x-api-key")).isEqualTo(KEY);
        assertThat(seen.headers().get("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(seen.headers().contains("authorization")).isFalse();
    }

    @Test
    void unaryTextGoesToMessagesWithTheKeyAndComesBackInOpenAiShape() throws Exception {
        final ChatCompletion c = openai.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("claude/claude-sonnet-4-5").addSystemMessage("Be friendly.").addUserMessage("Hello!").build());
        assertThat(c.id()).isEqualTo("msg_01VdEjxAP5ahtHKrrRdNBteQ");
        assertThat(c.choices().get(0).message().content()).contains(
                "Hello! I'm doing well, thanks for asking. How are you doing today? Is there anything I can help you "
                + "with?");
        assertThat(c.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(c.usage().orElseThrow().promptTokens()).isEqualTo(12);
        assertThat(c.usage().orElseThrow().completionTokens()).isEqualTo(29);
        assertThat(c.usage().orElseThrow().totalTokens()).isEqualTo(41);

        final FakeUpstream.Seen seen = upstream.take();
        assertAnthropicRequest(seen);
        assertThat(seen.json()).isEqualTo(json(
                "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":64000,\"system\":\"Be friendly.\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hello!\"}]}"));
    }

    @Test
    void streamedTextArrivesInOrderWithUsageLast() throws Exception {
        final ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .model("claude/claude-sonnet-4-5").addUserMessage("Hello!").maxCompletionTokens(200L)
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build();
        final StringBuilder text = new StringBuilder();
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = openai.chat().completions().createStreaming(params)) {
            stream.stream().forEach(c -> {
                chunks.add(c);
                c.choices().forEach(ch -> ch.delta().content().ifPresent(text::append));
            });
        }
        assertThat(text.toString()).isEqualTo("Hello! I'm doing well, thank you for asking. How are you doing today? "
                                              + "Is there anything I can help you with?");
        assertThat(chunks).allSatisfy(c -> assertThat(c.id()).isEqualTo("msg_01QC4g3HwBThD4BaNtBckFDJ"));
        final ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.choices()).isEmpty();
        assertThat(last.usage().orElseThrow().totalTokens()).isEqualTo(42);
        assertThat(chunks.get(chunks.size() - 2).choices().get(0).finishReason())
                .contains(ChatCompletionChunk.Choice.FinishReason.STOP);

        final FakeUpstream.Seen seen = upstream.take();
        assertAnthropicRequest(seen);
        assertThat(seen.json()).isEqualTo(json(
                "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":200,\"stream\":true,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hello!\"}]}"));
    }

    /** The OpenAI client's json_schema format for the order schema the Anthropic SDK recording used. */
    static ChatCompletionCreateParams orderExtraction() throws Exception {
        final JsonNode schema = golden("structured-output-native").at("/output_config/format/schema");
        final ResponseFormatJsonSchema.JsonSchema.Schema.Builder s = ResponseFormatJsonSchema.JsonSchema.Schema.builder();
        schema.fields().forEachRemaining(e -> s.putAdditionalProperty(
                e.getKey(), JsonValue.from(mapper.convertValue(e.getValue(), Object.class))));
        return ChatCompletionCreateParams.builder()
                .model("claude/claude-sonnet-4-5").maxCompletionTokens(1024L)
                .addUserMessage("Extract order: 2 Green Tea at $5.50 and 1 Coffee at $3.00. Total $14.")
                .responseFormat(ResponseFormatJsonSchema.builder().jsonSchema(
                        ResponseFormatJsonSchema.JsonSchema.builder().name("OrderDetails").strict(true)
                                                           .schema(s.build()).build()).build())
                .build();
    }

    @Test
    void aJsonSchemaGoesAsNativeOutputConfigAndTheAnswerComesBackAsTextWithStop() throws Exception {
        final ChatCompletion c = openai.chat().completions().create(orderExtraction());
        assertThat(c.choices().get(0).message().content()).contains(
                "{\"items\":[{\"product_name\":\"Green Tea\",\"price\":5.50,\"quantity\":2},"
                + "{\"product_name\":\"Coffee\",\"price\":3.00,\"quantity\":1}],\"total\":14.0}");
        assertThat(c.choices().get(0).message().toolCalls().orElse(List.of())).isEmpty();
        assertThat(c.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        final FakeUpstream.Seen seen = upstream.take();
        assertAnthropicRequest(seen);
        // Structured outputs are generally available: no anthropic-beta header.
        assertThat(seen.headers().contains("anthropic-beta")).isFalse();
        assertThat(seen.json()).isEqualTo(golden("structured-output-native"));

        final StringBuilder expected = new StringBuilder();
        for (String line : Fixtures.jsonl("anthropic/vercel-anthropic-json-output-format.1.chunks.jsonl")) {
            final JsonNode delta = json(line).path("delta");
            if ("text_delta".equals(delta.path("type").asText())) {
                expected.append(delta.path("text").asText());
            }
        }
        final StringBuilder text = new StringBuilder();
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = openai.chat().completions().createStreaming(orderExtraction())) {
            stream.stream().forEach(ch -> {
                chunks.add(ch);
                ch.choices().forEach(choice -> {
                    choice.delta().content().ifPresent(text::append);
                    assertThat(choice.delta().toolCalls().orElse(List.of())).isEmpty();
                });
            });
        }
        assertThat(text.toString()).isEqualTo(expected.toString());
        assertThat(json(text.toString()).at("/characters/0/name").asText()).isEqualTo("Theron Ironheart");
        assertThat(chunks.get(chunks.size() - 1).choices().get(0).finishReason())
                .contains(ChatCompletionChunk.Choice.FinishReason.STOP);
        final JsonNode streamed = upstream.take().json();
        assertThat(streamed.get("output_config")).isEqualTo(golden("structured-output-native").get("output_config"));
        assertThat(streamed.has("tools")).isFalse();
    }

    /** The client's tool, as the recorded conversation defined it. */
    static FunctionDefinition weatherTool() throws Exception {
        final JsonNode schema = golden("tool-roundtrip-stream-turn1").at("/tools/0/input_schema");
        final FunctionParameters.Builder parameters = FunctionParameters.builder();
        schema.fields().forEachRemaining(f -> parameters.putAdditionalProperty(f.getKey(),
                                                                                JsonValue.fromJsonNode(f.getValue())));
        return FunctionDefinition.builder().name("get_weather")
                                 .description("Lookup the weather for a given city in either celsius or fahrenheit")
                                 .parameters(parameters.build()).build();
    }

    /** What an OpenAI client puts together from a streamed turn. */
    static final class Turn {
        final StringBuilder text = new StringBuilder();
        final StringBuilder reasoning = new StringBuilder();
        final List<JsonNode> thinkingBlocks = new ArrayList<>();
        String callId;
        String callName;
        final StringBuilder arguments = new StringBuilder();
        final List<ChatCompletionChunk.Choice.FinishReason> finish = new ArrayList<>();

        void add(ChatCompletionChunk c) {
            c.choices().forEach(ch -> {
                ch.finishReason().ifPresent(finish::add);
                ch.delta().content().ifPresent(text::append);
                final Map<String, JsonValue> extra = ch.delta()._additionalProperties();
                if (extra.containsKey("reasoning_content")) {
                    reasoning.append(extra.get("reasoning_content").convert(String.class));
                }
                if (extra.containsKey("thinking_blocks")) {
                    extra.get("thinking_blocks").convert(JsonNode.class).forEach(thinkingBlocks::add);
                }
                ch.delta().toolCalls().ifPresent(list -> list.forEach(tc -> {
                    assertThat(tc.index()).isZero();
                    tc.id().ifPresent(id -> callId = id);
                    tc.function().ifPresent(f -> {
                        f.name().ifPresent(n -> callName = n);
                        f.arguments().ifPresent(arguments::append);
                    });
                }));
            });
        }
    }

    static Turn stream(ChatCompletionCreateParams params) {
        final Turn turn = new Turn();
        try (StreamResponse<ChatCompletionChunk> stream = openai.chat().completions().createStreaming(params)) {
            stream.stream().forEach(turn::add);
        }
        return turn;
    }

    static ChatCompletionMessageFunctionToolCall toolCall(Turn t) {
        return ChatCompletionMessageFunctionToolCall.builder().id(t.callId).function(
                ChatCompletionMessageFunctionToolCall.Function.builder().name(t.callName)
                                                              .arguments(t.arguments.toString()).build()).build();
    }

    @Test
    void aStreamedToolConversationSendsTheToolResultBackAsAnthropicWantsIt() throws Exception {
        final FunctionDefinition tool = weatherTool();
        final Turn one = stream(ChatCompletionCreateParams.builder().model("claude/claude-haiku-4-5")
                .maxCompletionTokens(1024L).addUserMessage("What is the weather in SF?").addFunctionTool(tool).build());
        assertThat(one.callId).isEqualTo("toolu_018acGYLtfR52q9yDbWaEdQZ");
        assertThat(one.callName).isEqualTo("get_weather");
        assertThat(json(one.arguments.toString())).isEqualTo(json("{\"location\":\"San Francisco, CA\",\"units\":\"f\"}"));
        assertThat(one.finish).containsExactly(ChatCompletionChunk.Choice.FinishReason.TOOL_CALLS);
        final FakeUpstream.Seen first = upstream.take();
        assertAnthropicRequest(first);
        assertThat(first.json()).isEqualTo(golden("tool-roundtrip-stream-turn1"));

        final Turn two = stream(ChatCompletionCreateParams.builder().model("claude/claude-haiku-4-5")
                .maxCompletionTokens(1024L).addUserMessage("What is the weather in SF?").addFunctionTool(tool)
                .addMessage(ChatCompletionAssistantMessageParam.builder().addToolCall(toolCall(one)).build())
                .addMessage(ChatCompletionToolMessageParam.builder().toolCallId(one.callId).content(TOOL_RESULT).build())
                .build());
        assertThat(two.text.toString()).isEqualTo(WEATHER_TURN_TWO);
        assertThat(two.finish).containsExactly(ChatCompletionChunk.Choice.FinishReason.STOP);
        // The recorded turn-two request: the call in the assistant turn, its result in one user turn.
        assertThat(upstream.take().json()).isEqualTo(golden("tool-roundtrip-stream-turn2"));
    }

    @Test
    void aThinkingSignatureFromTurnOneGoesBackInTurnTwo() throws Exception {
        final FunctionDefinition tool = weatherTool();
        final Turn one = stream(ChatCompletionCreateParams.builder().model("claude/claude-thinking")
                .reasoningEffort(ReasoningEffort.MEDIUM).addUserMessage("What is the weather in SF?")
                .addFunctionTool(tool).build());
        assertThat(one.reasoning.toString()).isEqualTo(FakeAnthropic.THINKING);
        assertThat(one.thinkingBlocks).hasSize(1);
        assertThat(one.thinkingBlocks.get(0).get("signature").asText()).isEqualTo("anthropic:" + FakeAnthropic.SIGNATURE);
        assertThat(one.callId).isEqualTo("toolu_018acGYLtfR52q9yDbWaEdQZ");
        final JsonNode first = upstream.take().json();
        assertThat(first.get("thinking")).isEqualTo(json("{\"type\":\"enabled\",\"budget_tokens\":4096}"));
        assertThat(first.get("max_tokens").asInt()).isEqualTo(4096 + 4096);

        // The client echoes what it was streamed: the reasoning text, and the signature block as it
        // came (without text; the gateway joins the two again).
        final Turn two = stream(ChatCompletionCreateParams.builder().model("claude/claude-thinking")
                .reasoningEffort(ReasoningEffort.MEDIUM).addUserMessage("What is the weather in SF?")
                .addFunctionTool(tool)
                .addMessage(ChatCompletionAssistantMessageParam.builder().addToolCall(toolCall(one))
                        .putAdditionalProperty("reasoning_content", JsonValue.from(one.reasoning.toString()))
                        .putAdditionalProperty("thinking_blocks", JsonValue.fromJsonNode(
                                mapper.valueToTree(one.thinkingBlocks)))
                        .build())
                .addMessage(ChatCompletionToolMessageParam.builder().toolCallId(one.callId).content(TOOL_RESULT).build())
                .build());
        assertThat(two.text.toString()).isEqualTo(WEATHER_TURN_TWO);

        final JsonNode second = upstream.take().json();
        assertThat(second.at("/messages/1")).isEqualTo(json(
                "{\"role\":\"assistant\",\"content\":["
                + "{\"type\":\"thinking\",\"thinking\":" + mapper.writeValueAsString(FakeAnthropic.THINKING)
                + ",\"signature\":\"" + FakeAnthropic.SIGNATURE + "\"},"
                + "{\"type\":\"tool_use\",\"id\":\"toolu_018acGYLtfR52q9yDbWaEdQZ\",\"name\":\"get_weather\","
                + "\"input\":{\"location\":\"San Francisco, CA\",\"units\":\"f\"}}]}"));
        assertThat(second.at("/messages/2")).isEqualTo(json(
                "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\","
                + "\"tool_use_id\":\"toolu_018acGYLtfR52q9yDbWaEdQZ\",\"content\":"
                + mapper.writeValueAsString(TOOL_RESULT) + "}]}"));
        assertThat(second.has("thinking")).isTrue();
    }

    /**
     * A stream with a redacted_thinking block before a signed thinking block (written from
     * Anthropic's extended-thinking docs): the official SDK's client echoes the streamed reasoning
     * text and the thinking blocks in order, and Anthropic gets both blocks back as they came, the
     * text on the signed one.
     */
    @Test
    void aRedactedThenSignedThinkingStreamGoesBackInOrderInTurnTwo() throws Exception {
        final Turn one = stream(ChatCompletionCreateParams.builder().model("claude/claude-redacted-thinking")
                .reasoningEffort(ReasoningEffort.MEDIUM).addUserMessage("What is 27 * 453?").build());
        assertThat(one.thinkingBlocks).extracting(b -> b.get("type").asText())
                                      .containsExactly("redacted_thinking", "thinking");
        upstream.take();

        final Turn two = stream(ChatCompletionCreateParams.builder().model("claude/claude-redacted-thinking")
                .reasoningEffort(ReasoningEffort.MEDIUM).addUserMessage("What is 27 * 453?")
                .addMessage(ChatCompletionAssistantMessageParam.builder().content(one.text.toString())
                        .putAdditionalProperty("reasoning_content", JsonValue.from(one.reasoning.toString()))
                        .putAdditionalProperty("thinking_blocks", JsonValue.fromJsonNode(
                                mapper.valueToTree(one.thinkingBlocks)))
                        .build())
                .addUserMessage("And 27 * 454?").build());
        assertThat(two.text.toString()).isEqualTo("27 * 453 = 12,231.");
        assertThat(upstream.take().json().at("/messages/1")).isEqualTo(json("{\"role\":\"assistant\",\"content\":["
                + "{\"type\":\"redacted_thinking\",\"data\":\"EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPk"
                + "NRj2YfWXGmKDxH4mPnZ5sQ7vB9URj2pLmN3kF8/dW5hR7xJ0aP1oLs9yTcMnKVf2wRpEGjH9XZaBt4UvDcPrQ==\"},"
                + "{\"type\":\"thinking\",\"thinking\":\"The user wants 27 * 453. 27 * 453 = 12231.\","
                + "\"signature\":\"EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds\"},"
                + "{\"type\":\"text\",\"text\":\"27 * 453 = 12,231.\"}]}"));
    }

    @Test
    void droppedParametersAreReportedAndTheOutputValidates() throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/chat/completions",
                "{\"model\":\"claude/claude-sonnet-4-5\",\"seed\":3,\"stop\":[\"END\",\" \"],"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hello!\"}]}");
        assertThat(res.status().code()).isEqualTo(200);
        assertThat(res.headers().get("x-switchboard-dropped-params")).isEqualTo("stop,seed");
        OpenAiSpec.assertValid("CreateChatCompletionResponse", res.content().array());
        assertThat(upstream.take().json().get("stop_sequences")).isEqualTo(json("[\"END\"]"));
    }

    @Test
    void listsTheProvidersModels() throws Exception {
        final List<String> ids = openai.models().list().data().stream().map(Model::id).toList();
        assertThat(ids).contains("claude/claude-sonnet-4-5-20250929", "claude/claude-haiku-4-5-20251001");
        final FakeUpstream.Seen seen = upstream.takeModels();
        assertThat(seen.headers().method().name()).isEqualTo("GET");
        assertThat(seen.headers().path()).isEqualTo("/v1/models?limit=1000");
        assertThat(seen.headers().get("x-api-key")).isEqualTo(KEY);
        assertThat(seen.headers().get("anthropic-version")).isNull();
    }

    static JsonNode error(AggregatedHttpResponse res, int status) throws Exception {
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(status);
        return mapper.readTree(res.contentUtf8()).get("error");
    }

    static String simple(String model, boolean stream) {
        return "{\"model\":\"claude/" + model + "\",\"stream\":" + stream
               + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    }

    @Test
    void rateLimitIs429WithRetryAfter() throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/chat/completions", simple("rate-limited", false));
        final JsonNode e = error(res, 429);
        assertThat(res.headers().get("retry-after")).isEqualTo("7");
        assertThat(e.get("type").asText()).isEqualTo("rate_limit_error");
        assertThat(e.get("message").asText()).contains("exceeded your rate limit").doesNotContain(KEY);
    }

    @Test
    void overloaded529Is503() throws Exception {
        final JsonNode e = error(gateway.post("/v1/chat/completions", simple("overloaded", false)), 503);
        assertThat(e.get("type").asText()).isEqualTo("upstream_error");
        assertThat(e.get("message").asText()).contains("HTTP 529").contains("Overloaded");
        try (var channel = new Closing(gateway.channel())) {
            final StatusRuntimeException grpc = catchThrowableOfType(StatusRuntimeException.class,
                    () -> InferenceGrpc.newBlockingStub(channel.channel)
                                       .withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY))
                                       .createChatCompletion(ChatCompletionRequest.newBuilder()
                                               .setModel("claude/overloaded").addMessages(Message.newBuilder()
                                                       .setRole(Role.ROLE_USER)
                                                       .addContent(ContentPart.newBuilder().setText("hi"))).build()));
            assertThat(grpc.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        }
    }

    @Test
    void promptTooLongIsAContextLengthError() throws Exception {
        final JsonNode e = error(gateway.post("/v1/chat/completions", simple("too-long", false)), 400);
        assertThat(e.get("code").asText()).isEqualTo("context_length_exceeded");
        assertThat(e.get("message").asText()).contains("prompt is too long");
    }

    @Test
    void anOverloadedEventMidStreamEndsTheStreamWithAnError() throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/chat/completions", simple("overloaded-in-stream", true));
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final List<String> events = InferenceE2ETest.dataLines(res.contentUtf8());
        assertThat(events).hasSize(3);
        assertThat(json(events.get(0)).at("/choices/0/delta/role").asText()).isEqualTo("assistant");
        final JsonNode e = json(events.get(1)).get("error");
        assertThat(e.get("type").asText()).isEqualTo("upstream_error");
        assertThat(e.get("code").asText()).isEqualTo("overloaded_error");
        assertThat(e.get("message").asText()).contains("Overloaded");
        assertThat(events.get(2)).isEqualTo("[DONE]");
    }

    /** A gRPC channel closed at the end of a try block. */
    record Closing(ManagedChannel channel) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            TestGateway.shutdown(channel);
        }
    }
}
