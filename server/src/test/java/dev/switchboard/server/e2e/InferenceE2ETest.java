package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.models.Model;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.StreamOptions;
import io.grpc.ManagedChannel;

/**
 * The whole path with real clients: grpc-java and the official openai-java SDK call a gateway
 * started with production wiring, which calls a fake upstream replaying recorded OpenAI traffic.
 * Expected values below were read from the recordings.
 */
class InferenceE2ETest {
    static final String UPSTREAM_KEY = "sk-upstream-e2e-7f3a9c";
    static final String STREAM_TEXT = "I'm unable to provide real-time weather updates. To get the current weather in "
                                      + "San Francisco, I recommend checking a reliable weather website or a weather app.";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static TestGateway gateway;
    static ManagedChannel channel;
    static OpenAIClient openai;

    @BeforeAll
    static void start() {
        upstream = new FakeUpstream(UPSTREAM_KEY);
        gateway = TestGateway.start(dataDir);
        gateway.addProvider("local", upstream.baseUrl(), UPSTREAM_KEY);
        channel = gateway.channel();
        openai = OpenAIOkHttpClient.builder().apiKey(TestGateway.ADMIN_KEY).baseUrl(gateway.baseUrl() + "/v1")
                                   .maxRetries(0).build();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        openai.close();
        TestGateway.shutdown(channel);
        gateway.close();
        upstream.close();
    }

    private static InferenceGrpc.InferenceBlockingStub stub() {
        return InferenceGrpc.newBlockingStub(channel).withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY));
    }

    private static ChatCompletionRequest.Builder chat(String model, String text) {
        return ChatCompletionRequest.newBuilder().setModel(model).addMessages(
                Message.newBuilder().setRole(Role.ROLE_USER).addContent(ContentPart.newBuilder().setText(text)));
    }

    @Test
    void grpcUnaryReturnsTheRecordedCompletionAndSendsTheProviderKey() throws Exception {
        upstream.drain();
        final ChatCompletionResponse res = stub().createChatCompletion(chat("local/gpt-4o-mini", "Invent a holiday").build());

        assertThat(res.getChoices(0).getMessage().getContent(0).getText()).startsWith("**Holiday Name:** Galaxy Day");
        assertThat(res.getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
        assertThat(res.getUsage().getPromptTokens()).isEqualTo(16);
        assertThat(res.getUsage().getCompletionTokens()).isEqualTo(363);
        assertThat(res.getUsage().getTotalTokens()).isEqualTo(379);
        assertThat(res.getGateway().getProvider()).isEqualTo("local");

        final FakeUpstream.Seen seen = upstream.take();
        assertThat(seen.headers().get("authorization")).isEqualTo("Bearer " + UPSTREAM_KEY);
        assertThat(seen.json().get("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(seen.json().get("messages")).isEqualTo(mapper.readTree(
                "[{\"role\":\"user\",\"content\":\"Invent a holiday\"}]"));
        assertThat(seen.json().has("stream")).as("unary requests do not ask for a stream")
                                              .isEqualTo(seen.json().path("stream").asBoolean(false));
    }

    @Test
    void grpcStreamDeliversChunksInOrderAndUsageLast() {
        final Iterator<dev.switchboard.v1.ChatCompletionChunk> it = stub().streamChatCompletion(
                chat("local/gpt-4o-mini", "Weather?").setStreamOptions(StreamOptions.newBuilder().setIncludeUsage(true))
                                                     .build());
        final List<dev.switchboard.v1.ChatCompletionChunk> chunks = new ArrayList<>();
        it.forEachRemaining(chunks::add);

        final StringBuilder text = new StringBuilder();
        chunks.forEach(c -> c.getChoicesList().forEach(ch -> text.append(ch.getDelta().getContent())));
        assertThat(text.toString()).isEqualTo(STREAM_TEXT);
        assertThat(chunks.get(0).getGateway().getProvider()).isEqualTo("local");
        final dev.switchboard.v1.ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.getChoicesCount()).isZero();
        assertThat(last.getUsage().getPromptTokens()).isEqualTo(14);
        assertThat(last.getUsage().getCompletionTokens()).isEqualTo(30);
        assertThat(last.getUsage().getTotalTokens()).isEqualTo(44);
        assertThat(chunks.get(chunks.size() - 2).getChoices(0).getFinishReason())
                .isEqualTo(FinishReason.FINISH_REASON_STOP);
    }

    @Test
    void openAiSdkUnary() {
        final ChatCompletion c = openai.chat().completions().create(
                ChatCompletionCreateParams.builder().model("local/gpt-4o-mini").addUserMessage("Invent a holiday").build());
        assertThat(c.choices().get(0).message().content()).hasValueSatisfying(
                t -> assertThat(t).startsWith("**Holiday Name:** Galaxy Day").endsWith("dream beyond our world."));
        assertThat(c.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(c.usage().orElseThrow().totalTokens()).isEqualTo(379);
    }

    @Test
    void openAiSdkStreamWithIncludeUsage() {
        final ChatCompletionCreateParams params = ChatCompletionCreateParams
                .builder().model("local/gpt-4o-mini").addUserMessage("Weather?")
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build();
        final StringBuilder text = new StringBuilder();
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = openai.chat().completions().createStreaming(params)) {
            stream.stream().forEach(c -> {
                chunks.add(c);
                c.choices().forEach(ch -> ch.delta().content().ifPresent(text::append));
            });
        }
        assertThat(text.toString()).isEqualTo(STREAM_TEXT);
        final ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.choices()).isEmpty();
        assertThat(last.usage().orElseThrow().totalTokens()).isEqualTo(44);
    }

    @Test
    void openAiSdkStreamsParallelToolCalls() throws Exception {
        final ChatCompletionCreateParams params = ChatCompletionCreateParams
                .builder().model("local/tools").addUserMessage("Weather in Edinburgh and AAPL price?")
                .addFunctionTool(FunctionDefinition.builder().name("GetWeatherArgs").parameters(
                        FunctionParameters.builder().putAdditionalProperty("type", JsonValue.from("object")).build())
                                                   .build())
                .build();
        final Map<Long, String[]> calls = new TreeMap<>();
        final List<ChatCompletionChunk.Choice.FinishReason> finish = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = openai.chat().completions().createStreaming(params)) {
            stream.stream().forEach(c -> c.choices().forEach(ch -> {
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
        assertThat(calls).containsOnlyKeys(0L, 1L);
        assertThat(calls.get(0L)[0]).isEqualTo("call_JMW1whyEaYG438VE1OIflxA2");
        assertThat(calls.get(0L)[1]).isEqualTo("GetWeatherArgs");
        assertThat(mapper.readTree(calls.get(0L)[2]))
                .isEqualTo(mapper.readTree("{\"city\":\"Edinburgh\",\"country\":\"GB\",\"units\":\"c\"}"));
        assertThat(calls.get(1L)[0]).isEqualTo("call_DNYTawLBoN8fj3KN6qU9N1Ou");
        assertThat(calls.get(1L)[1]).isEqualTo("get_stock_price");
        assertThat(mapper.readTree(calls.get(1L)[2]))
                .isEqualTo(mapper.readTree("{\"ticker\":\"AAPL\",\"exchange\":\"NASDAQ\"}"));
        assertThat(finish).containsExactly(ChatCompletionChunk.Choice.FinishReason.TOOL_CALLS);
    }

    @Test
    void openAiSdkUnaryToolCallKeepsIdNameAndArguments() throws Exception {
        final ChatCompletion c = openai.chat().completions().create(
                ChatCompletionCreateParams.builder().model("local/tools").addUserMessage("Weather in SF?").build());
        final var call = c.choices().get(0).message().toolCalls().orElseThrow().get(0).asFunction();
        assertThat(call.id()).isEqualTo("call_93562515");
        assertThat(call.function().name()).isEqualTo("weather");
        assertThat(mapper.readTree(call.function().arguments()))
                .isEqualTo(mapper.readTree("{\"location\":\"San Francisco\"}"));
        assertThat(c.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        assertThat(c.usage().orElseThrow().completionTokensDetails().orElseThrow().reasoningTokens())
                .contains(189L);
    }

    @Test
    void openAiSdkListsModelsAsProviderSlashModel() {
        final List<String> ids = openai.models().list().data().stream().map(Model::id).toList();
        assertThat(ids).contains("local/gpt-4o-mini", "local/tools");
    }

    @Test
    void restOutputValidatesAgainstTheOpenAiSpec() throws Exception {
        final AggregatedHttpResponse unary = gateway.post("/v1/chat/completions",
                "{\"model\":\"local/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(unary.status().code()).isEqualTo(200);
        assertThat(unary.headers().get("x-switchboard-provider")).isEqualTo("local");
        OpenAiSpec.assertValid("CreateChatCompletionResponse", unary.content().array());

        for (String model : List.of("gpt-4o-mini", "tools")) {
            final AggregatedHttpResponse stream = gateway.post("/v1/chat/completions",
                    "{\"model\":\"local/" + model + "\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
                    + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
            assertThat(stream.status().code()).isEqualTo(200);
            assertThat(stream.headers().contentType().toString()).startsWith("text/event-stream");
            final List<String> events = dataLines(stream.contentUtf8());
            assertThat(events).last().isEqualTo("[DONE]");
            assertThat(events.size()).isGreaterThan(3);
            for (String event : events.subList(0, events.size() - 1)) {
                OpenAiSpec.assertValid("CreateChatCompletionStreamResponse", event.getBytes());
            }
            final JsonNode usageChunk = mapper.readTree(events.get(events.size() - 2));
            assertThat(usageChunk.get("choices").size()).isZero();
            assertThat(usageChunk.get("usage").get("total_tokens").asInt()).isPositive();
        }

        final AggregatedHttpResponse models = gateway.get("/v1/models");
        OpenAiSpec.assertValid("ListModelsResponse", models.content().array());
        final AggregatedHttpResponse model = gateway.get("/v1/models/local/gpt-4o-mini");
        assertThat(model.status().code()).isEqualTo(200);
        OpenAiSpec.assertValid("Model", model.content().array());
        assertThat(mapper.readTree(model.contentUtf8()).get("id").asText()).isEqualTo("local/gpt-4o-mini");
    }

    @Test
    void streamWithoutIncludeUsageEndsWithFinishReasonThenDone() throws Exception {
        final AggregatedHttpResponse stream = gateway.post("/v1/chat/completions",
                "{\"model\":\"local/gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"count\"}]}");
        final List<String> events = dataLines(stream.contentUtf8());
        assertThat(events).last().isEqualTo("[DONE]");
        final StringBuilder text = new StringBuilder();
        for (String e : events.subList(0, events.size() - 1)) {
            final JsonNode chunk = mapper.readTree(e);
            assertThat(chunk.has("usage")).as("no usage field unless asked").isFalse();
            chunk.get("choices").forEach(c -> text.append(c.path("delta").path("content").asText("")));
        }
        // The gateway asks the upstream for usage (for its ledger) whatever the client asked; the
        // fake answers that with its include-usage recording, whose usage the client must not see.
        assertThat(text.toString()).isEqualTo("I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or a weather app.");
        assertThat(mapper.readTree(events.get(events.size() - 2)).at("/choices/0/finish_reason").asText())
                .isEqualTo("stop");
    }

    static List<String> dataLines(String sse) {
        final List<String> out = new ArrayList<>();
        for (String line : sse.split("\n")) {
            if (line.startsWith("data: ")) {
                out.add(line.substring(6));
            }
        }
        return out;
    }

    /** A streamed chat completion's data events as JSON, {@code [DONE]} left out; the answer must be a 200. */
    static List<com.fasterxml.jackson.databind.JsonNode> chatEvents(TestGateway gateway, String model) throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/chat/completions",
                "{\"model\":\"" + model + "\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        if (res.status().code() != 200) {
            throw new AssertionError("expected a 200 stream, got " + res.status() + ": " + res.contentUtf8());
        }
        final List<com.fasterxml.jackson.databind.JsonNode> out = new ArrayList<>();
        for (String data : dataLines(res.contentUtf8())) {
            if (!"[DONE]".equals(data)) {
                out.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(data));
            }
        }
        return out;
    }
}
