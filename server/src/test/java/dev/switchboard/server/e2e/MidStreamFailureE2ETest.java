package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeAnthropic;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;

/**
 * An upstream that fails after the client has received part of a tool call, a refusal, reasoning
 * or several choices' text: the stream ends with the format's error event, and the upstream is not
 * asked again (its next answer would be appended to what the client holds). Each fake model here
 * cuts its first stream only, so a retry would succeed and glue two attempts into one answer.
 * (Text alone is continued by the next target: RoutingE2ETest.)
 */
class MidStreamFailureE2ETest {
    static final String KEY = "sk-midstream-upstream-9f8e";
    static final ObjectMapper mapper = new ObjectMapper();
    static final AtomicInteger providers = new AtomicInteger();

    @TempDir
    static Path dataDir;
    static TestGateway gateway;
    static ManagedChannel channel;
    FakeUpstream upstream;
    String provider;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(dataDir);
        channel = gateway.channel();
    }

    @AfterAll
    static void stop() throws Exception {
        TestGateway.shutdown(channel);
        gateway.close();
    }

    /** A fresh upstream per test: its "first stream" is this test's. */
    @BeforeEach
    void freshUpstream() {
        upstream = new FakeUpstream(KEY);
        provider = "p" + providers.incrementAndGet();
        gateway.addProvider(provider, upstream.baseUrl(), KEY);
    }

    @AfterEach
    void closeUpstream() {
        upstream.close();
    }

    @Test
    void chatStreamCutInsideAToolCallEndsWithAnErrorAndIsNotRetried() throws Exception {
        final List<JsonNode> events = chatEvents(provider + "/cut-tools");
        final JsonNode last = events.get(events.size() - 1);
        assertThat(last.at("/error/type").asText()).isEqualTo("upstream_error");
        assertThat(last.at("/error/message").asText()).contains("tool call");
        final StringBuilder args = new StringBuilder();
        for (JsonNode e : events.subList(0, events.size() - 1)) {
            assertThat(e.at("/choices/0/finish_reason").isNull()).as("no finish before the error: " + e).isTrue();
            for (JsonNode call : e.at("/choices/0/delta/tool_calls")) {
                args.append(call.at("/function/arguments").asText());
            }
        }
        // The four recorded events: role, the call's start, then two fragments of its arguments.
        assertThat(args.toString()).isEqualTo("{\"city\": ");
        assertThat(upstream.count("cut-tools")).isEqualTo(1);
    }

    @Test
    void chatStreamCutInsideReasoningEndsWithAnError() throws Exception {
        final List<JsonNode> events = chatEvents(provider + "/cut-reasoning");
        assertThat(events.get(events.size() - 1).at("/error/type").asText()).isEqualTo("upstream_error");
        final StringBuilder reasoning = new StringBuilder();
        events.forEach(e -> reasoning.append(e.at("/choices/0/delta/reasoning_content").asText("")));
        // Both reasoning events went out before the reset; the answer that followed them never did.
        assertThat(reasoning.toString()).isEqualTo("The capital of France is Paris.");
        events.forEach(e -> assertThat(e.at("/choices/0/delta/content").asText("")).isEmpty());
        assertThat(upstream.count("cut-reasoning")).isEqualTo(1);
    }

    @Test
    void chatStreamCutInsideARefusalEndsWithAnError() throws Exception {
        final List<JsonNode> events = chatEvents(provider + "/cut-refusal");
        assertThat(events.get(events.size() - 1).at("/error/type").asText()).isEqualTo("upstream_error");
        final StringBuilder refusal = new StringBuilder();
        events.forEach(e -> refusal.append(e.at("/choices/0/delta/refusal").asText("")));
        assertThat(refusal.toString()).isEqualTo("I can't");
        assertThat(upstream.count("cut-refusal")).isEqualTo(1);
    }

    @Test
    void chatStreamOfThreeChoicesCutAfterTextIsNotContinued() throws Exception {
        // One assistant prefix cannot continue three choices: the next target is not asked.
        final String alias = provider + "-n3";
        assertThat(gateway.post("/admin/v1/aliases", "{\"name\":\"" + alias + "\",\"targets\":[{\"model\":\""
                                + provider + "/cut-n3\"},{\"model\":\"" + provider + "/n3\"}]}").status().code())
                .isEqualTo(200);
        final List<JsonNode> events = chatEvents(alias);
        assertThat(events.get(events.size() - 1).at("/error/type").asText()).isEqualTo("upstream_error");
        assertThat(upstream.count("cut-n3")).isEqualTo(1);
        assertThat(upstream.count("n3")).isZero();
    }

    @Test
    void messagesStreamCutInsideAToolCallEndsWithAnErrorEvent() throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/messages",
                "{\"model\":\"" + provider + "/cut-tools\",\"max_tokens\":100,\"stream\":true,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Weather?\"}]}");
        assertThat(res.status().code()).isEqualTo(200);
        final String sse = res.contentUtf8();
        assertThat(sse).contains("\"input_json_delta\"");
        assertThat(sse).doesNotContain("message_stop")
                       .doesNotContain("\"stop_reason\":\"tool_use\"");
        final List<String> names = eventNames(sse);
        assertThat(names.get(names.size() - 1)).isEqualTo("error");
        final StringBuilder json = new StringBuilder();
        for (String data : InferenceE2ETest.dataLines(sse)) {
            json.append(mapper.readTree(data).at("/delta/partial_json").asText(""));
        }
        assertThat(json.toString()).isEqualTo("{\"city\": ");
        assertThat(upstream.count("cut-tools")).isEqualTo(1);
    }

    @Test
    void responsesStreamCutInsideAToolCallEndsFailed() throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/responses",
                "{\"model\":\"" + provider + "/cut-tools\",\"stream\":true,\"input\":\"Weather?\"}");
        assertThat(res.status().code()).isEqualTo(200);
        final List<String> names = eventNames(res.contentUtf8());
        assertThat(names).contains("response.function_call_arguments.delta")
                         .doesNotContain("response.completed", "response.function_call_arguments.done");
        assertThat(names.get(names.size() - 1)).isIn("response.failed", "error");
        assertThat(upstream.count("cut-tools")).isEqualTo(1);
    }

    @Test
    void messagesAndResponsesStreamsCutInsideReasoningOrARefusalEndWithTheirErrors() throws Exception {
        for (String model : List.of("cut-reasoning", "cut-refusal")) {
            final List<String> messages = eventNames(gateway.post("/v1/messages",
                    "{\"model\":\"" + provider + '/' + model + "\",\"max_tokens\":100,\"stream\":true,"
                    + "\"messages\":[{\"role\":\"user\",\"content\":\"Capital of France?\"}]}").contentUtf8());
            assertThat(messages).as(model).contains("content_block_delta").doesNotContain("message_stop");
            assertThat(messages.get(messages.size() - 1)).as(model).isEqualTo("error");
            assertThat(upstream.count(model)).as(model + ": retried").isEqualTo(1);
            closeUpstream();
            freshUpstream();
            final List<String> responses = eventNames(gateway.post("/v1/responses",
                    "{\"model\":\"" + provider + '/' + model + "\",\"stream\":true,\"input\":\"Capital?\"}")
                                                              .contentUtf8());
            assertThat(responses).as(model).doesNotContain("response.completed");
            assertThat(responses.get(responses.size() - 1)).as(model).isIn("response.failed", "error");
            assertThat(upstream.count(model)).as(model + ": retried").isEqualTo(1);
            closeUpstream();
            freshUpstream();
        }
    }

    @Test
    void messagesStreamCutInsideAServerToolCallIsNotRetried() throws Exception {
        try (FakeAnthropic anthropic = new FakeAnthropic(KEY)) {
            final String name = provider + "-claude";
            assertThat(gateway.post("/admin/v1/providers", "{\"name\":\"" + name + "\",\"preset\":\"anthropic\","
                                    + "\"base_url\":\"" + anthropic.baseUrl() + "\",\"api_key\":\"" + KEY + "\"}")
                              .status().code()).isEqualTo(200);
            final String sse = gateway.post("/v1/messages",
                    "{\"model\":\"" + name + "/claude-web-search-cut\",\"max_tokens\":100,\"stream\":true,"
                    + "\"messages\":[{\"role\":\"user\",\"content\":\"Tallest mountain in Alberta?\"}]}").contentUtf8();
            // The server tool's input went out in part: a retry would append a second copy to it.
            assertThat(sse).contains("server_tool_use").doesNotContain("message_stop");
            final List<String> names = eventNames(sse);
            assertThat(names.get(names.size() - 1)).isEqualTo("error");
            assertThat(anthropic.webSearchCuts()).isEqualTo(1);
        }
    }

    @Test
    void grpcStreamCutInsideAToolCallFailsWithTheFragmentsOfOneAttempt() {
        final List<ChatCompletionChunk> seen = new ArrayList<>();
        final StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () ->
                InferenceGrpc.newBlockingStub(channel).withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY))
                             .streamChatCompletion(request(provider + "/cut-tools")).forEachRemaining(seen::add));
        assertThat(e).isNotNull();
        assertThat(seen.stream().flatMap(c -> c.getChoicesList().stream())
                       .flatMap(c -> c.getDelta().getToolCallsList().stream())
                       .filter(t -> !t.getId().isEmpty())).hasSize(1);
        assertThat(upstream.count("cut-tools")).isEqualTo(1);
    }

    @Test
    void everyChoiceOpensWithTheAssistantRoleOnce() throws Exception {
        final List<JsonNode> events = chatEvents(provider + "/n3");
        final Map<Integer, List<String>> roles = new HashMap<>();
        final Map<Integer, StringBuilder> texts = new HashMap<>();
        for (JsonNode e : events) {
            for (JsonNode choice : e.get("choices")) {
                final int i = choice.get("index").asInt();
                final List<String> r = roles.computeIfAbsent(i, k -> new ArrayList<>());
                if (choice.at("/delta/role").isTextual()) {
                    assertThat(r).as("choice " + i + " got a role after its first delta").isEmpty();
                    r.add(choice.at("/delta/role").asText());
                } else if (r.isEmpty()) {
                    throw new AssertionError("choice " + i + "'s first delta has no role: " + e);
                }
                texts.computeIfAbsent(i, k -> new StringBuilder()).append(choice.at("/delta/content").asText(""));
            }
        }
        assertThat(roles).containsOnlyKeys(0, 1, 2);
        roles.values().forEach(r -> assertThat(r).containsExactly("assistant"));
        assertThat(texts.get(0).toString()).isEqualTo("Red apple.");
        assertThat(texts.get(1).toString()).isEqualTo("Green pear.");
        assertThat(texts.get(2).toString()).isEqualTo("Yellow banana.");
    }

    @Test
    void aStreamWithoutRolesGetsTheAssistantRoleOnItsFirstDelta() throws Exception {
        for (String model : List.of("roleless-text", "roleless-tools")) {
            final List<JsonNode> events = chatEvents(provider + '/' + model);
            assertThat(events.get(0).at("/choices/0/delta/role").asText()).as(model).isEqualTo("assistant");
            for (JsonNode e : events.subList(1, events.size())) {
                assertThat(e.at("/choices/0/delta/role").isMissingNode()).as(model + ": " + e).isTrue();
            }
        }
        final List<JsonNode> tools = chatEvents(provider + "/roleless-tools");
        assertThat(tools.get(0).at("/choices/0/delta/tool_calls/0/function/name").asText()).isEqualTo("get_weather");
        final Message.Builder grpcSeen = Message.newBuilder();
        InferenceGrpc.newBlockingStub(channel).withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY))
                     .streamChatCompletion(request(provider + "/roleless-text")).forEachRemaining(c -> {
                         if (c.getChoicesCount() > 0 && c.getChoices(0).getDelta().getRole() != Role.ROLE_UNSPECIFIED) {
                             assertThat(grpcSeen.getRole()).isEqualTo(Role.ROLE_UNSPECIFIED);
                             grpcSeen.setRole(c.getChoices(0).getDelta().getRole());
                         }
                     });
        assertThat(grpcSeen.getRole()).isEqualTo(Role.ROLE_ASSISTANT);
    }

    private static List<JsonNode> chatEvents(String model) throws Exception {
        return InferenceE2ETest.chatEvents(gateway, model);
    }

    private static List<String> eventNames(String sse) {
        final List<String> out = new ArrayList<>();
        for (String line : sse.split("\n")) {
            if (line.startsWith("event: ")) {
                out.add(line.substring(7).strip());
            }
        }
        return out;
    }

    private static ChatCompletionRequest request(String model) {
        return ChatCompletionRequest.newBuilder().setModel(model)
                                    .addMessages(Message.newBuilder().setRole(Role.ROLE_USER)
                                                        .addContent(ContentPart.newBuilder().setText("hi")))
                                    .build();
    }
}
