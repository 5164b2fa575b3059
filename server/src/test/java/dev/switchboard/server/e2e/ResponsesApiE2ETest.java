package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStatus;
import com.openai.models.responses.ResponseStreamEvent;

import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.testing.FakeAnthropic;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.CreateResponseRequest;
import dev.switchboard.v1.GetResponseRequest;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.StoredResponse;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * OpenAI's Responses API with the official openai-java SDK against a gateway whose provider is an
 * Anthropic upstream (a fake replaying recorded Messages traffic). Expected texts and usage were
 * read from the recordings (vercel-anthropic-text, antpy-http-tool-roundtrip).
 */
class ResponsesApiE2ETest {
    static final String KEY = "sk-ant-resp-7a2c";
    static final String UNARY_TEXT = "Hello! I'm doing well, thanks for asking. How are you doing today? "
                                     + "Is there anything I can help you with?";
    static final String STREAM_TEXT = "Hello! I'm doing well, thank you for asking. How are you doing today? "
                                      + "Is there anything I can help you with?";
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
        addProvider(gateway);
        openai = client(gateway);
    }

    static void addProvider(TestGateway gw) {
        final AggregatedHttpResponse created = gw.post("/admin/v1/providers",
                "{\"name\":\"claude\",\"preset\":\"anthropic\",\"base_url\":\"" + upstream.baseUrl()
                + "\",\"api_key\":\"" + KEY + "\"}");
        assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
    }

    static OpenAIClient client(TestGateway gw) {
        return OpenAIOkHttpClient.builder().apiKey(TestGateway.ADMIN_KEY).baseUrl(gw.baseUrl() + "/v1")
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

    static String text(Response r) {
        final StringBuilder sb = new StringBuilder();
        r.output().forEach(item -> item.message().ifPresent(m -> m.content().forEach(
                c -> c.outputText().ifPresent(t -> sb.append(t.text())))));
        return sb.toString();
    }

    @Test
    void createReturnsTheAnswerAsAResponseAndSendsInstructionsAsSystem() throws Exception {
        final Response r = openai.responses().create(ResponseCreateParams.builder()
                .model("claude/claude-sonnet-4-5").instructions("Be friendly.").input("Hello!").build());
        assertThat(r.id()).startsWith("resp_");
        assertThat(r.status()).contains(ResponseStatus.COMPLETED);
        assertThat(text(r)).isEqualTo(UNARY_TEXT);
        assertThat(r.output().get(0).message().orElseThrow().id()).startsWith("msg_");
        assertThat(r.usage().orElseThrow().inputTokens()).isEqualTo(12);
        assertThat(r.usage().orElseThrow().outputTokens()).isEqualTo(29);
        assertThat(r.usage().orElseThrow().totalTokens()).isEqualTo(41);

        final FakeUpstream.Seen seen = upstream.take();
        assertThat(seen.json()).isEqualTo(json(
                "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":64000,\"system\":\"Be friendly.\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hello!\"}]}"));

        // The raw body validates against the official spec.
        final AggregatedHttpResponse raw = gateway.get("/v1/responses/" + r.id());
        assertThat(raw.status().code()).isEqualTo(200);
        OpenAiSpec.assertValid(OpenAiSpec.RESPONSES, "Response", raw.content().array());
    }

    @Test
    void streamSendsOpenAisEventSequence() throws Exception {
        final List<String> types = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        Response completed = null;
        try (StreamResponse<ResponseStreamEvent> s = openai.responses().createStreaming(ResponseCreateParams.builder()
                .model("claude/claude-sonnet-4-5").input("Hello!").maxOutputTokens(200L).build())) {
            for (Iterator<ResponseStreamEvent> it = s.stream().iterator(); it.hasNext();) {
                final ResponseStreamEvent e = it.next();
                types.add(type(e));
                e.outputTextDelta().ifPresent(d -> text.append(d.delta()));
                if (e.isCompleted()) {
                    completed = e.asCompleted().response();
                }
            }
        }
        assertThat(text.toString()).isEqualTo(STREAM_TEXT);
        assertThat(collapse(types)).containsExactly(
                "created", "in_progress", "output_item.added", "content_part.added", "output_text.delta",
                "output_text.done", "content_part.done", "output_item.done", "completed");
        assertThat(completed).isNotNull();
        assertThat(text(completed)).isEqualTo(STREAM_TEXT);
        assertThat(completed.usage()).isPresent();
        // Stored by the time it completed.
        assertThat(text(openai.responses().retrieve(completed.id()))).isEqualTo(STREAM_TEXT);
    }

    @Test
    void aSecondTurnThroughPreviousResponseIdSendsTheWholeFirstTurn() throws Exception {
        final Response first = openai.responses().create(ResponseCreateParams.builder()
                .model("claude/claude-sonnet-4-5").instructions("Be friendly.").input("Hello!").build());
        upstream.take();
        final Response second = openai.responses().create(ResponseCreateParams.builder()
                .model("claude/claude-sonnet-4-5").previousResponseId(first.id()).input("Tell me more.").build());
        assertThat(second.previousResponseId()).contains(first.id());
        // Instructions are not inherited; the conversation is.
        assertThat(upstream.take().json()).isEqualTo(json(
                "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":64000,\"messages\":["
                + "{\"role\":\"user\",\"content\":\"Hello!\"},"
                + "{\"role\":\"assistant\",\"content\":" + mapper.writeValueAsString(UNARY_TEXT) + "},"
                + "{\"role\":\"user\",\"content\":\"Tell me more.\"}]}"));
    }

    @Test
    void aToolRoundTripContinuesThroughPreviousResponseId() throws Exception {
        final String tools = "\"tools\":[{\"type\":\"function\",\"name\":\"get_weather\",\"description\":\"Weather\","
                             + "\"parameters\":{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}}}}]";
        final AggregatedHttpResponse one = gateway.post("/v1/responses",
                "{\"model\":\"claude/claude-haiku-4-5\",\"input\":\"Weather in SF?\"," + tools + "}");
        assertThat(one.status().code()).as(one.contentUtf8()).isEqualTo(200);
        OpenAiSpec.assertValid(OpenAiSpec.RESPONSES, "Response", one.content().array());
        final JsonNode r1 = json(one.contentUtf8());
        JsonNode call = null;
        for (JsonNode item : r1.get("output")) {
            if ("function_call".equals(item.get("type").asText())) {
                call = item;
            }
        }
        assertThat(call).as(r1.toString()).isNotNull();
        assertThat(call.get("name").asText()).isEqualTo("get_weather");
        assertThat(call.get("id").asText()).startsWith("fc_");
        upstream.take();

        final AggregatedHttpResponse two = gateway.post("/v1/responses",
                "{\"model\":\"claude/claude-haiku-4-5\",\"previous_response_id\":\"" + r1.get("id").asText() + "\","
                + "\"input\":[{\"type\":\"function_call_output\",\"call_id\":\"" + call.get("call_id").asText()
                + "\",\"output\":\"{\\\"temperature\\\":\\\"68F\\\"}\"}]," + tools + "}");
        assertThat(two.status().code()).as(two.contentUtf8()).isEqualTo(200);
        final JsonNode sent = upstream.take().json();
        final JsonNode messages = sent.get("messages");
        assertThat(messages).hasSize(3);
        assertThat(messages.get(1).at("/content/0/type").asText()).isEqualTo("tool_use");
        assertThat(messages.get(1).at("/content/0/id").asText()).isEqualTo(call.get("call_id").asText());
        assertThat(messages.get(2).at("/content/0/type").asText()).isEqualTo("tool_result");
        assertThat(messages.get(2).at("/content/0/tool_use_id").asText()).isEqualTo(call.get("call_id").asText());
        assertThat(json(two.contentUtf8()).at("/output/0/content/0/text").asText()).isEqualTo("The weather in SF is currently **20°C** (68°F) and **Sunny**!");
    }

    @Test
    void getAndDeleteThenTheIdIsGone() throws Exception {
        final Response r = openai.responses().create(ResponseCreateParams.builder()
                .model("claude/claude-sonnet-4-5").input("Hello!").build());
        assertThat(openai.responses().retrieve(r.id()).id()).isEqualTo(r.id());
        final AggregatedHttpResponse deleted = delete("/v1/responses/" + r.id());
        assertThat(deleted.status().code()).isEqualTo(200);
        assertThat(json(deleted.contentUtf8())).isEqualTo(json(
                "{\"id\":\"" + r.id() + "\",\"object\":\"response\",\"deleted\":true}"));
        assertThat(catchThrowableOfType(NotFoundException.class, () -> openai.responses().retrieve(r.id())))
                .isNotNull();
        final AggregatedHttpResponse again = delete("/v1/responses/" + r.id());
        assertThat(again.status().code()).isEqualTo(404);
        final AggregatedHttpResponse continued = gateway.post("/v1/responses",
                "{\"model\":\"claude/claude-sonnet-4-5\",\"previous_response_id\":\"" + r.id() + "\",\"input\":\"x\"}");
        assertThat(continued.status().code()).isEqualTo(404);
        assertThat(json(continued.contentUtf8()).at("/error/type").asText()).isEqualTo("invalid_request_error");
    }

    /**
     * A client reuses {@code response.model} for its next turn, so it must name what the client
     * asked for (an alias, a {@code provider/model}), not the upstream's model, which would route
     * elsewhere or nowhere. What served it is in the headers.
     */
    @Test
    void theResponseNamesTheModelTheClientAskedForEverywhere() throws Exception {
        final AggregatedHttpResponse alias = gateway.post("/admin/v1/aliases",
                "{\"name\":\"friendly\",\"targets\":[{\"model\":\"claude/claude-sonnet-4-5\"}]}");
        assertThat(alias.status().code()).as(alias.contentUtf8()).isIn(200, 409);
        for (String asked : List.of("claude/claude-sonnet-4-5", "friendly")) {
            final AggregatedHttpResponse created = gateway.post("/v1/responses",
                    "{\"model\":\"" + asked + "\",\"input\":\"Hello!\"}");
            assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
            final JsonNode r = json(created.contentUtf8());
            assertThat(r.get("model").asText()).as("create").isEqualTo(asked);
            assertThat(created.headers().get("x-switchboard-provider")).isEqualTo("claude");
            assertThat(created.headers().get("x-switchboard-model")).isEqualTo("claude-sonnet-4-5");

            final AggregatedHttpResponse got = gateway.get("/v1/responses/" + r.get("id").asText());
            assertThat(json(got.contentUtf8()).get("model").asText()).as("GET").isEqualTo(asked);
            assertThat(got.headers().get("x-switchboard-provider")).isEqualTo("claude");
            assertThat(got.headers().get("x-switchboard-model")).isEqualTo("claude-sonnet-4-5");

            final AggregatedHttpResponse streamed = gateway.post("/v1/responses",
                    "{\"model\":\"" + asked + "\",\"input\":\"Hello!\",\"stream\":true}");
            assertThat(streamed.status().code()).as(streamed.contentUtf8()).isEqualTo(200);
            assertThat(streamed.headers().get("x-switchboard-model")).isEqualTo("claude-sonnet-4-5");
            final List<String> lifecycle = new ArrayList<>();
            for (String data : InferenceE2ETest.dataLines(streamed.contentUtf8())) {
                final JsonNode e = json(data);
                if (e.has("response")) {
                    lifecycle.add(e.get("type").asText());
                    assertThat(e.at("/response/model").asText()).as(e.get("type").asText()).isEqualTo(asked);
                }
            }
            assertThat(lifecycle).containsExactly("response.created", "response.in_progress", "response.completed");
        }
        // The official SDK reads it back as the model to call next.
        final Response viaSdk = openai.responses().create(ResponseCreateParams.builder()
                .model("friendly").input("Hello!").build());
        // An unknown name may read as a string or as an open ChatModel value; either says the same.
        assertThat(viaSdk.model().string().or(() -> viaSdk.model().chat().map(Object::toString)))
                .contains("friendly");
    }

    /**
     * A streamed answer with a redacted_thinking block before a signed thinking block is stored as
     * two reasoning parts, and the next turn gives Anthropic both back in order: the redacted one
     * with its data, the thinking text with the signature that signs it.
     */
    @Test
    void aStreamedRedactedThenSignedThinkingTurnGoesBackInOrder() throws Exception {
        final AggregatedHttpResponse one = gateway.post("/v1/responses",
                "{\"model\":\"claude/claude-redacted-thinking\",\"input\":\"What is 27 * 453?\",\"stream\":true}");
        assertThat(one.status().code()).as(one.contentUtf8()).isEqualTo(200);
        String id = null;
        for (String data : InferenceE2ETest.dataLines(one.contentUtf8())) {
            final JsonNode e = json(data);
            if ("response.completed".equals(e.get("type").asText())) {
                id = e.at("/response/id").asText();
            }
        }
        assertThat(id).as(one.contentUtf8()).isNotNull();
        upstream.take();

        final AggregatedHttpResponse two = gateway.post("/v1/responses",
                "{\"model\":\"claude/claude-redacted-thinking\",\"previous_response_id\":\"" + id + "\","
                + "\"input\":\"And 27 * 454?\",\"stream\":true}");
        assertThat(two.status().code()).as(two.contentUtf8()).isEqualTo(200);
        final JsonNode assistant = upstream.take().json().at("/messages/1");
        assertThat(assistant).isEqualTo(json("{\"role\":\"assistant\",\"content\":["
                + "{\"type\":\"redacted_thinking\",\"data\":\"EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPk"
                + "NRj2YfWXGmKDxH4mPnZ5sQ7vB9URj2pLmN3kF8/dW5hR7xJ0aP1oLs9yTcMnKVf2wRpEGjH9XZaBt4UvDcPrQ==\"},"
                + "{\"type\":\"thinking\",\"thinking\":\"The user wants 27 * 453. 27 * 453 = 12231.\","
                + "\"signature\":\"EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds\"},"
                + "{\"type\":\"text\",\"text\":\"27 * 453 = 12,231.\"}]}"));
    }

    @Test
    void storeFalseKeepsNothing() {
        final Response r = openai.responses().create(ResponseCreateParams.builder()
                .model("claude/claude-sonnet-4-5").input("Hello!").store(false).build());
        assertThat(text(r)).isEqualTo(UNARY_TEXT);
        assertThat(gateway.get("/v1/responses/" + r.id()).status().code()).isEqualTo(404);
    }

    @Test
    void badInputGetsOpenAiErrorsAndStoresNothing() throws Exception {
        assertError(gateway.post("/v1/responses", "{\"model\":"), 400, "malformed JSON");
        assertError(gateway.post("/v1/responses", "{\"input\":\"hi\"}"), 400, "model");
        assertError(gateway.post("/v1/responses", "{\"model\":\"claude/claude-sonnet-4-5\"}"), 400, "input");
        assertError(gateway.post("/v1/responses", "{\"model\":\"claude/claude-sonnet-4-5\",\"input\":"
                                                  + "[{\"type\":\"message\",\"role\":\"robot\",\"content\":\"x\"}]}"),
                    400, "input[0].role");
        assertError(gateway.post("/v1/responses", "{\"model\":\"claude/claude-sonnet-4-5\",\"input\":\"x\","
                                                  + "\"previous_response_id\":\"resp_unknown\"}"), 404, "resp_unknown");
        assertError(gateway.get("/v1/responses/resp_unknown"), 404, "resp_unknown");
        // None of them reached the upstream.
        assertThat(upstream.pollNone()).isTrue();
    }

    @Test
    void aFailureMidStreamEndsWithAnErrorEventAndResponseFailed() throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/responses",
                "{\"model\":\"claude/overloaded-in-stream\",\"input\":\"hi\",\"stream\":true}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final Map<String, JsonNode> events = new LinkedHashMap<>();
        for (String data : InferenceE2ETest.dataLines(res.contentUtf8())) {
            final JsonNode e = json(data);
            events.put(e.get("type").asText(), e);
        }
        assertThat(events.keySet()).containsExactly("response.created", "response.in_progress", "error",
                                                    "response.failed");
        OpenAiSpec.assertValid(OpenAiSpec.RESPONSES, "ResponseErrorEvent", mapper.writeValueAsBytes(events.get("error")));
        OpenAiSpec.assertValid(OpenAiSpec.RESPONSES, "ResponseFailedEvent",
                               mapper.writeValueAsBytes(events.get("response.failed")));
        assertThat(events.get("error").get("message").asText()).contains("Overloaded");
        assertThat(events.get("response.failed").at("/response/status").asText()).isEqualTo("failed");
    }

    @Test
    void aFailureBeforeTheFirstEventIsAPlainHttpError() throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/responses",
                "{\"model\":\"claude/too-long\",\"input\":\"hi\",\"stream\":true}");
        assertThat(res.status().code()).isEqualTo(400);
        assertThat(json(res.contentUtf8()).at("/error/message").asText()).contains("prompt is too long");
    }

    @Test
    void storedResponsesSurviveARestart() throws Exception {
        final Path dir = dataDir.resolve("restart");
        final String id;
        try (TestGateway gw = TestGateway.start(dir)) {
            addProvider(gw);
            final OpenAIClient client = client(gw);
            id = client.responses().create(ResponseCreateParams.builder()
                    .model("claude/claude-sonnet-4-5").input("Hello!").build()).id();
            client.close();
        }
        try (TestGateway gw = TestGateway.start(dir)) {
            final OpenAIClient client = client(gw);
            assertThat(text(client.responses().retrieve(id))).isEqualTo(UNARY_TEXT);
            client.close();
        }
    }

    @Test
    void grpcCreateAndStreamResponseContinueEachOther() throws Exception {
        final ManagedChannel channel = gateway.channel();
        try {
            final InferenceGrpc.InferenceBlockingStub stub = InferenceGrpc.newBlockingStub(channel)
                    .withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY));
            final StoredResponse first = stub.createResponse(CreateResponseRequest.newBuilder()
                    .setInstructions("Be friendly.")
                    .setRequest(ChatCompletionRequest.newBuilder().setModel("claude/claude-sonnet-4-5")
                            .addMessages(Message.newBuilder().setRole(Role.ROLE_USER)
                                                .addContent(ContentPart.newBuilder().setText("Hello!"))))
                    .build());
            assertThat(first.getId()).startsWith("resp_");
            assertThat(first.getStored()).isTrue();
            assertThat(first.getCompletion().getChoices(0).getMessage().getContent(0).getText()).isEqualTo(UNARY_TEXT);
            upstream.take();

            final List<dev.switchboard.v1.ResponseStreamEvent> events = new ArrayList<>();
            stub.streamResponse(CreateResponseRequest.newBuilder().setPreviousResponseId(first.getId())
                    .setRequest(ChatCompletionRequest.newBuilder().setModel("claude/claude-sonnet-4-5")
                            .addMessages(Message.newBuilder().setRole(Role.ROLE_USER)
                                                .addContent(ContentPart.newBuilder().setText("More?"))))
                    .build()).forEachRemaining(events::add);
            assertThat(events.get(0).hasStarted()).isTrue();
            assertThat(events.get(events.size() - 1).hasCompleted()).isTrue();
            final StringBuilder text = new StringBuilder();
            events.stream().filter(dev.switchboard.v1.ResponseStreamEvent::hasChunk).forEach(
                    e -> e.getChunk().getChoicesList().forEach(c -> text.append(c.getDelta().getContent())));
            assertThat(text.toString()).isEqualTo(STREAM_TEXT);
            final StoredResponse completed = events.get(events.size() - 1).getCompleted();
            assertThat(completed.getId()).isEqualTo(events.get(0).getStarted().getId());
            assertThat(completed.getPreviousResponseId()).isEqualTo(first.getId());
            assertThat(completed.getCompletion().getUsage().getTotalTokens()).isPositive();
            assertThat(upstream.take().json().get("messages")).hasSize(3);

            assertThat(stub.getResponse(GetResponseRequest.newBuilder().setId(completed.getId()).build()))
                    .isEqualTo(completed);
            final StatusRuntimeException missing = catchThrowableOfType(StatusRuntimeException.class,
                    () -> stub.getResponse(GetResponseRequest.newBuilder().setId("resp_nope").build()));
            assertThat(missing.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        } finally {
            TestGateway.shutdown(channel);
        }
    }

    private static AggregatedHttpResponse delete(String path) {
        return gateway.rest().execute(HttpRequest.of(RequestHeaders.of(HttpMethod.DELETE, path))).aggregate().join();
    }

    private static void assertError(AggregatedHttpResponse res, int status, String inMessage) throws Exception {
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(status);
        OpenAiSpec.assertValid(OpenAiSpec.RESPONSES, "ErrorResponse", res.content().array());
        assertThat(json(res.contentUtf8()).at("/error/message").asText()).contains(inMessage);
    }

    /** Consecutive repeats of one type (the text deltas) count once. */
    static List<String> collapse(List<String> types) {
        final List<String> out = new ArrayList<>();
        for (String t : types) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static final Map<String, Predicate<ResponseStreamEvent>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("created", ResponseStreamEvent::isCreated);
        TYPES.put("in_progress", ResponseStreamEvent::isInProgress);
        TYPES.put("output_item.added", ResponseStreamEvent::isOutputItemAdded);
        TYPES.put("content_part.added", ResponseStreamEvent::isContentPartAdded);
        TYPES.put("output_text.delta", ResponseStreamEvent::isOutputTextDelta);
        TYPES.put("output_text.done", ResponseStreamEvent::isOutputTextDone);
        TYPES.put("content_part.done", ResponseStreamEvent::isContentPartDone);
        TYPES.put("output_item.done", ResponseStreamEvent::isOutputItemDone);
        TYPES.put("function_call_arguments.delta", ResponseStreamEvent::isFunctionCallArgumentsDelta);
        TYPES.put("function_call_arguments.done", ResponseStreamEvent::isFunctionCallArgumentsDone);
        TYPES.put("completed", ResponseStreamEvent::isCompleted);
        TYPES.put("incomplete", ResponseStreamEvent::isIncomplete);
        TYPES.put("error", ResponseStreamEvent::isError);
        TYPES.put("failed", ResponseStreamEvent::isFailed);
    }

    static String type(ResponseStreamEvent e) {
        for (Map.Entry<String, Predicate<ResponseStreamEvent>> t : TYPES.entrySet()) {
            if (t.getValue().test(e)) {
                return t.getKey();
            }
        }
        return "other";
    }
}
