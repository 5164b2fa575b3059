package dev.switchboard.transcoder.gemini;

import static dev.switchboard.transcoder.gemini.GeminiRecordings.FORMAT;
import static dev.switchboard.transcoder.gemini.GeminiRecordings.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ReasoningPart;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/**
 * Multi-turn tool conversations at the canonical level: a recorded Gemini answer is decoded, put back
 * into the history as the assistant turn with the client's tool results, and the next request is
 * checked — function responses matched by name, signatures back on the parts they came on.
 */
class GeminiToolRoundTripTest {

    private static Message user(String text) {
        return Message.newBuilder().setRole(Role.ROLE_USER).addContent(ContentPart.newBuilder().setText(text)).build();
    }

    private static Message toolResult(String id, String content) {
        return Message.newBuilder().setRole(Role.ROLE_TOOL).setToolCallId(id)
                      .addContent(ContentPart.newBuilder().setText(content)).build();
    }

    private static JsonNode next(String model, Message... messages) {
        return json(FORMAT.encodeChat(ChatCompletionRequest.newBuilder().addAllMessages(List.of(messages)).build(),
                                      model, true).body());
    }

    /** The assistant message a client puts together from a stream, provider state included. */
    private static Message assemble(List<ChatCompletionChunk> chunks) {
        final StringBuilder text = new StringBuilder();
        final StringBuilder reasoning = new StringBuilder();
        ByteString reasoningState = ByteString.EMPTY;
        final Map<Integer, ToolCall.Builder> calls = new TreeMap<>();
        for (ChatCompletionChunk c : chunks) {
            for (ChunkChoice choice : c.getChoicesList()) {
                text.append(choice.getDelta().getContent());
                reasoning.append(choice.getDelta().getReasoning());
                if (!choice.getDelta().getReasoningProviderState().isEmpty()) {
                    reasoningState = choice.getDelta().getReasoningProviderState();
                }
                for (ToolCall f : choice.getDelta().getToolCallsList()) {
                    final ToolCall.Builder call = calls.computeIfAbsent(f.getIndex(), i -> ToolCall.newBuilder());
                    if (!f.getId().isEmpty()) {
                        call.setId(f.getId()).setName(f.getName()).setType("function");
                    }
                    if (!f.getProviderState().isEmpty()) {
                        call.setProviderState(f.getProviderState());
                    }
                    call.setArguments(call.getArguments() + f.getArguments());
                }
            }
        }
        final Message.Builder m = Message.newBuilder().setRole(Role.ROLE_ASSISTANT);
        if (reasoning.length() > 0 || !reasoningState.isEmpty()) {
            m.addContent(ContentPart.newBuilder().setReasoning(ReasoningPart.newBuilder().setText(reasoning.toString()))
                                    .setProviderState(reasoningState));
        }
        if (text.length() > 0) {
            m.addContent(ContentPart.newBuilder().setText(text.toString()));
        }
        calls.values().forEach(m::addToolCalls);
        return m.build();
    }

    private static String recordedSignature(String path, int line) {
        return json(Fixtures.jsonl(path).get(line)).at("/candidates/0/content/parts/0/thoughtSignature").asText();
    }

    @Test
    void streamedGemini3CallSendsItsSignatureAndResultBackMatchedByName() {
        final String path = "gemini/vercel-google-tool-call.chunks.jsonl";
        final Message assistant = assemble(GeminiRecordings.decode(path, "gemini-3-pro-preview"));
        final String id = assistant.getToolCalls(0).getId();

        final JsonNode body = next("gemini-3-pro-preview", user("Weather in SF?"), assistant,
                                   toolResult(id, "{\"temperature\":18,\"unit\":\"C\"}"));

        assertThat(body.get("contents")).isEqualTo(json(
                "[{\"role\":\"user\",\"parts\":[{\"text\":\"Weather in SF?\"}]},"
                + "{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":\"weather\","
                + "\"args\":{\"location\":\"San Francisco\"}},\"thoughtSignature\":\""
                + recordedSignature(path, 0) + "\"}]},"
                + "{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"weather\","
                + "\"response\":{\"temperature\":18,\"unit\":\"C\"}}}]}]"));
    }

    @Test
    void wholeAnswerSignatureRoundTripsToo() {
        final Message assistant = FORMAT.decodeChat(Fixtures.bytes("gemini/vercel-google-tool-call.json"))
                                        .getChoices(0).getMessage();
        final JsonNode body = next("gemini-3-pro-preview", user("Weather in SF?"), assistant,
                                   toolResult(assistant.getToolCalls(0).getId(), "sunny"));
        final JsonNode recorded = json(Fixtures.bytes("gemini/vercel-google-tool-call.json"));
        assertThat(body.at("/contents/1/parts/0/thoughtSignature"))
                .isEqualTo(recorded.at("/candidates/0/content/parts/0/thoughtSignature"));
        assertThat(body.at("/contents/1/parts/0/functionCall"))
                .isEqualTo(recorded.at("/candidates/0/content/parts/0/functionCall"));
        assertThat(body.at("/contents/2/parts/0")).isEqualTo(json(
                "{\"functionResponse\":{\"name\":\"weather\",\"response\":{\"result\":\"sunny\"}}}"));
    }

    @Test
    void parallelCallsResultsGoInOneTurnAndOnlyTheFirstCallIsSigned() {
        final String path = "gemini/vercel-VERTEX-stream-parallel-calls-partial-args-with-thought-text.chunks.jsonl";
        final Message assistant = assemble(GeminiRecordings.decode(path, "gemini-3-flash-preview"));
        assertThat(assistant.getToolCallsCount()).isEqualTo(4);

        final JsonNode body = next("gemini-3-flash-preview", user("Read the theme, then screens A, B and C."),
                                   assistant,
                                   toolResult(assistant.getToolCalls(0).getId(), "{\"theme\":\"dark\"}"),
                                   toolResult(assistant.getToolCalls(1).getId(), "screen A"),
                                   toolResult(assistant.getToolCalls(2).getId(), "screen B"),
                                   toolResult(assistant.getToolCalls(3).getId(), "screen C"),
                                   user("Thanks"));

        final JsonNode model = body.at("/contents/1");
        assertThat(model.get("role").asText()).isEqualTo("model");
        final JsonNode parts = model.get("parts");
        assertThat(parts).hasSize(5);
        assertThat(parts.get(0).get("thought").asBoolean()).as("thought summary goes back as a thought").isTrue();
        assertThat(parts.get(0).get("text").asText()).startsWith("**Processing User Requests**");
        assertThat(parts.get(1)).isEqualTo(json("{\"functionCall\":{\"name\":\"read_theme\",\"args\":{}},"
                                                + "\"thoughtSignature\":\"" + recordedSignature(path, 1) + "\"}"));
        assertThat(parts.get(2)).isEqualTo(json("{\"functionCall\":{\"name\":\"read_screen\",\"args\":{\"id\":\"A\"}}}"));
        assertThat(parts.get(3)).isEqualTo(json("{\"functionCall\":{\"name\":\"read_screen\",\"args\":{\"id\":\"B\"}}}"));
        assertThat(parts.get(4)).isEqualTo(json("{\"functionCall\":{\"name\":\"read_screen\",\"args\":{\"id\":\"C\"}}}"));

        assertThat(body.at("/contents/2")).isEqualTo(json(
                "{\"role\":\"user\",\"parts\":["
                + "{\"functionResponse\":{\"name\":\"read_theme\",\"response\":{\"theme\":\"dark\"}}},"
                + "{\"functionResponse\":{\"name\":\"read_screen\",\"response\":{\"result\":\"screen A\"}}},"
                + "{\"functionResponse\":{\"name\":\"read_screen\",\"response\":{\"result\":\"screen B\"}}},"
                + "{\"functionResponse\":{\"name\":\"read_screen\",\"response\":{\"result\":\"screen C\"}}}]}"));
        assertThat(body.at("/contents/3")).isEqualTo(json("{\"role\":\"user\",\"parts\":[{\"text\":\"Thanks\"}]}"));
        assertThat(body.get("contents")).hasSize(4);
    }

    @Test
    void textSignatureGoesBackOnTheTextPart() {
        final Message assistant = FORMAT.decodeChat(Fixtures.bytes("gemini/vercel-google-text.json"))
                                        .getChoices(0).getMessage();
        final JsonNode body = next("gemini-3-pro-preview", user("How many r's in strawberry?"), assistant,
                                   user("And in raspberry?"));
        final JsonNode recorded = json(Fixtures.bytes("gemini/vercel-google-text.json"));
        assertThat(body.at("/contents/1/parts")).isEqualTo(recorded.at("/candidates/0/content/parts"));
    }

    @Test
    void streamedTextSignatureGoesBackOnTheTextPart() {
        final String path = "gemini/vercel-google-text.chunks.jsonl";
        final Message assistant = assemble(GeminiRecordings.decode(path, "gemini-3-pro-preview"));
        final JsonNode body = next("gemini-3-pro-preview", user("q"), assistant, user("q2"));
        assertThat(body.at("/contents/1/parts")).isEqualTo(json(
                "[{\"text\":\"There are **3** \\\"r\\\"s in strawberry.\\n\\nst**r**awbe**rr**y\","
                + "\"thoughtSignature\":\"" + recordedSignature(path, 2) + "\"}]"));
    }

    @Test
    void recordedTwoTurnFunctionCallingHistoryIsReproduced() {
        final GeminiRecordings.Interaction turn1 =
                GeminiRecordings.jsgenai("gemini/jsgenai-nonstream-function-calling-two-turns.json").get(0);
        final GeminiRecordings.Interaction turn2 =
                GeminiRecordings.jsgenai("gemini/jsgenai-nonstream-function-calling-two-turns.json").get(1);
        final Message assistant = FORMAT.decodeChat(turn1.response().get(0).toString().getBytes(StandardCharsets.UTF_8))
                                        .getChoices(0).getMessage();
        final JsonNode body = next("gemini-2.0-flash", user("what is the result of 100/2"), assistant,
                                   user("what is the result of 50/2?"));
        assertThat(body.get("contents")).isEqualTo(turn2.request().get("contents"));
    }

    @Test
    void recordedStreamedTwoTurnHistoryIsReproduced() {
        final String path = "gemini/jsgenai-stream-function-calling-two-turns.json";
        final Message assistant = assemble(GeminiRecordings.decode(path + "#0", "gemini-2.0-flash"));
        final JsonNode body = next("gemini-2.0-flash", user("what is the result of 100/2"), assistant,
                                   user("what is the result of 50/2?"));
        assertThat(body.get("contents")).isEqualTo(GeminiRecordings.jsgenai(path).get(1).request().get("contents"));
    }

    @Test
    void louterTurnZeroAnswerBecomesTheRecordedTurnOneShape() {
        final Message assistant = assemble(GeminiRecordings.decode("gemini/louter-stream-fc-turn0.response.sse",
                                                                   "gemini-2.5-flash"));
        final String result = "{\"location\":\"Tokyo\",\"unit\":\"celsius\",\"temperature\":22,\"condition\":\"Cloudy\"}";
        final JsonNode body = next("gemini-2.5-flash", user("今日の東京の天気を教えて"), assistant,
                                   toolResult(assistant.getToolCalls(0).getId(), result));
        final JsonNode recorded = json(Fixtures.bytes("gemini/louter-stream-fc-turn1.request.json"));
        assertThat(body.at("/contents/2/parts/0/functionResponse"))
                .isEqualTo(recorded.at("/contents/2/parts/0/function_response"));
        assertThat(body.at("/contents/1/parts/0/functionCall/name").asText()).isEqualTo("getWeather");
        assertThat(body.at("/contents/1/parts/0/thoughtSignature").asText()).startsWith("CikBcsjafFK168IbtVto");
    }

    @Test
    void gemini3GetsTheDocumentedPlaceholderForUnsignedCallsOnly() {
        final Message assistant = Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                .addToolCalls(ToolCall.newBuilder().setId("call_a").setName("f").setArguments("{}"))
                .addToolCalls(ToolCall.newBuilder().setId("call_b").setName("g").setArguments("{}")
                                      .setProviderState(ByteString.copyFromUtf8("anthropic:sig")))
                .build();
        final Message[] history = { user("go"), assistant, toolResult("call_a", "1"), toolResult("call_b", "2") };
        final JsonNode gemini3 = next("gemini-3-pro-preview", history).at("/contents/1/parts");
        assertThat(gemini3.get(0).get("thoughtSignature").asText()).isEqualTo("skip_thought_signature_validator");
        assertThat(gemini3.get(1).has("thoughtSignature")).as("another provider's state is ignored").isFalse();
        final JsonNode gemini25 = next("gemini-2.5-flash", history).at("/contents/1/parts");
        assertThat(gemini25.get(0).has("thoughtSignature")).isFalse();
    }

    @Test
    void idsGeminiGaveGoBackOnCallAndResponse() {
        final String answer = "{\"responseId\":\"r1\",\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":["
                              + "{\"functionCall\":{\"id\":\"fc-7\",\"name\":\"f\",\"args\":{\"x\":1}}}]},"
                              + "\"finishReason\":\"STOP\"}]}";
        final Message assistant = FORMAT.decodeChat(answer.getBytes(StandardCharsets.UTF_8)).getChoices(0).getMessage();
        assertThat(assistant.getToolCalls(0).getId()).isEqualTo("gmid_fc-7");
        final JsonNode body = next("gemini-3-pro-preview", user("go"), assistant, toolResult("gmid_fc-7", "ok"));
        assertThat(body.at("/contents/1/parts/0/functionCall/id").asText()).isEqualTo("fc-7");
        assertThat(body.at("/contents/2/parts/0/functionResponse")).isEqualTo(json(
                "{\"id\":\"fc-7\",\"name\":\"f\",\"response\":{\"result\":\"ok\"}}"));
    }

    @Test
    void foreignIdsNeverReachGemini() {
        final Message assistant = Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                .addToolCalls(ToolCall.newBuilder().setId("call_JMW1whyEaYG438VE1OIflxA2").setName("f")
                                      .setArguments("{\"q\":\"x\"}"))
                .build();
        final JsonNode body = next("gemini-2.5-flash", user("go"), assistant,
                                   toolResult("call_JMW1whyEaYG438VE1OIflxA2", "[1,2]"));
        assertThat(body.at("/contents/1/parts/0/functionCall")).isEqualTo(json("{\"name\":\"f\",\"args\":{\"q\":\"x\"}}"));
        assertThat(body.at("/contents/2/parts/0/functionResponse")).isEqualTo(json(
                "{\"name\":\"f\",\"response\":{\"result\":\"[1,2]\"}}"));
    }

    @Test
    void aResultForAnUnknownCallIsAClientError() {
        assertThatThrownBy(() -> next("gemini-2.5-flash", user("go"), toolResult("call_nope", "x")))
                .isInstanceOf(GatewayException.class).hasMessageContaining("messages[1].tool_call_id");
    }

    @Test
    void aNamedToolMessageNeedsNoMatchingCall() {
        final Message named = toolResult("", "42").toBuilder().setName("answer").build();
        assertThat(next("gemini-2.5-flash", user("go"), named).at("/contents/1/parts/0/functionResponse/name").asText())
                .isEqualTo("answer");
    }

    @Test
    void argumentsThatAreNotAnObjectAreAClientError() {
        final Message assistant = Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                .addToolCalls(ToolCall.newBuilder().setId("c").setName("f").setArguments("[1]")).build();
        assertThatThrownBy(() -> next("gemini-2.5-flash", user("go"), assistant))
                .isInstanceOf(GatewayException.class).hasMessageContaining("messages[1].tool_calls[0].function.arguments");
    }

    @Test
    void reasoningWithItsOwnSignatureGoesBackAsASignedThought() {
        final Message assistant = Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                .addContent(ContentPart.newBuilder().setReasoning(ReasoningPart.newBuilder().setText("hmm"))
                                       .setProviderState(GeminiState.of("SIG")))
                .addContent(ContentPart.newBuilder().setText("answer"))
                .addContent(ContentPart.newBuilder().setReasoning(ReasoningPart.newBuilder().setRedacted(true))
                                       .setProviderState(ByteString.copyFromUtf8("anthropic:opaque")))
                .build();
        assertThat(next("gemini-2.5-flash", user("q"), assistant, user("q2")).at("/contents/1/parts")).isEqualTo(json(
                "[{\"text\":\"hmm\",\"thought\":true,\"thoughtSignature\":\"SIG\"},{\"text\":\"answer\"}]"));
    }
}
