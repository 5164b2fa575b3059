package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.format.UpstreamError;
import dev.switchboard.transcoder.format.UpstreamModel;
import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.transcoder.testing.StreamAssembly;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Usage;

/** One rule of the Messages-to-OpenAI translation per test: bodies, stream events, errors, models. */
class AnthropicDecodingTest {
    static final String START = "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\","
            + "\"role\":\"assistant\",\"model\":\"claude-x\",\"content\":[],\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}";
    static final String STOP = "{\"type\":\"message_stop\"}";

    static ChatCompletionResponse decodeBody(String json) {
        return new AnthropicFormat().decodeChat(json.getBytes(StandardCharsets.UTF_8));
    }

    static String message(String content, String stopReason, String usage) {
        return "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-x\",\"content\":"
               + content + ",\"stop_reason\":" + stopReason + ",\"usage\":" + usage + '}';
    }

    static String delta(String stopReason, String usage) {
        return "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + stopReason + "\"},\"usage\":" + usage + '}';
    }

    static List<ChatCompletionChunk> stream(String... data) {
        final List<SseEvent> events = new ArrayList<>();
        for (String d : data) {
            events.add(new SseEvent(null, d));
        }
        return AnthropicRecordings.decode(events);
    }

    static StreamAssembly assemble(List<ChatCompletionChunk> chunks) {
        final StreamAssembly a = new StreamAssembly();
        chunks.forEach(a::add);
        return a;
    }

    @Test
    void countsCacheReadsAndWritesIntoThePromptAsOpenAiDoes() {
        final String usage = "{\"input_tokens\":100,\"cache_read_input_tokens\":50,"
                             + "\"cache_creation_input_tokens\":25,\"output_tokens\":10}";
        final Usage expected = Usage.newBuilder().setPromptTokens(175).setCompletionTokens(10).setTotalTokens(185)
                                    .setCachedPromptTokens(50).setCacheWriteTokens(25).build();
        final ChatCompletionResponse r = decodeBody(message("[{\"type\":\"text\",\"text\":\"hi\"}]", "\"end_turn\"", usage));
        assertThat(r.getUsage()).isEqualTo(expected);
        OpenAiSpec.assertValid("CreateChatCompletionResponse", OpenAiChatResponseEncoder.encode(r));

        final List<ChatCompletionChunk> chunks = stream(
                "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"model\":\"claude-x\",\"usage\":"
                + "{\"input_tokens\":100,\"cache_read_input_tokens\":50,\"cache_creation_input_tokens\":25,"
                + "\"output_tokens\":1}}}",
                delta("end_turn", "{\"output_tokens\":10}"), STOP);
        assertThat(assemble(chunks).usage()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "end_turn, FINISH_REASON_STOP", "stop_sequence, FINISH_REASON_STOP", "pause_turn, FINISH_REASON_PAUSE_TURN",
                 "max_tokens, FINISH_REASON_LENGTH", "model_context_window_exceeded, FINISH_REASON_LENGTH",
                 "tool_use, FINISH_REASON_TOOL_CALLS", "refusal, FINISH_REASON_CONTENT_FILTER",
                 "something_new, FINISH_REASON_STOP" })
    void mapsStopReasons(String stopReason, FinishReason expected) {
        final String content = "tool_use".equals(stopReason)
                ? "[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"f\",\"input\":{}}]" : "[]";
        assertThat(decodeBody(message(content, '"' + stopReason + '"', "{}")).getChoices(0).getFinishReason())
                .isEqualTo(expected);
        assertThat(AnthropicNames.finishReason(stopReason)).isEqualTo(expected);
    }

    @Test
    void keepsThinkingAsReasoningWithItsSignatureAsProviderState() {
        final ChatCompletionResponse r = decodeBody(message(
                "[{\"type\":\"thinking\",\"thinking\":\"Let me think.\",\"signature\":\"EqQBsig\"},"
                + "{\"type\":\"redacted_thinking\",\"data\":\"EmwKdata\"},"
                + "{\"type\":\"text\",\"text\":\"Answer.\"}]", "\"end_turn\"", "{}"));
        final Message m = r.getChoices(0).getMessage();
        assertThat(m.getContent(0).getReasoning().getText()).isEqualTo("Let me think.");
        assertThat(m.getContent(0).getProviderState().toStringUtf8()).isEqualTo("anthropic:EqQBsig");
        assertThat(m.getContent(1).getReasoning().getRedacted()).isTrue();
        assertThat(m.getContent(1).getProviderState().toStringUtf8()).isEqualTo("anthropic:redacted:EmwKdata");
        assertThat(m.getContent(2).getText()).isEqualTo("Answer.");

        final JsonNode openai = AnthropicRecordings.tree(OpenAiChatResponseEncoder.encode(r));
        OpenAiSpec.assertValid("CreateChatCompletionResponse", openai);
        assertThat(openai.at("/choices/0/message/reasoning_content").asText()).isEqualTo("Let me think.");
        assertThat(openai.at("/choices/0/message/thinking_blocks/0/signature").asText()).isEqualTo("anthropic:EqQBsig");
    }

    @Test
    void streamsThinkingTextAndItsSignature() {
        final List<ChatCompletionChunk> chunks = stream(START,
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"Let me \"}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"think.\"}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"signature_delta\",\"signature\":\"EqQBsig\"}}",
                "{\"type\":\"content_block_stop\",\"index\":0}",
                "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"redacted_thinking\",\"data\":\"EmwK\"}}",
                "{\"type\":\"content_block_stop\",\"index\":1}",
                "{\"type\":\"content_block_start\",\"index\":2,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}",
                "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":\"text_delta\",\"text\":\"Answer.\"}}",
                "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":\"citations_delta\",\"citation\":{\"type\":\"char_location\"}}}",
                "{\"type\":\"content_block_stop\",\"index\":2}",
                delta("end_turn", "{\"output_tokens\":30}"), STOP);
        final StreamAssembly a = assemble(chunks);
        assertThat(a.reasoning()).isEqualTo("Let me think.");
        assertThat(a.text()).isEqualTo("Answer.");
        final List<String> states = new ArrayList<>();
        chunks.forEach(c -> c.getChoicesList().forEach(ch -> {
            if (!ch.getDelta().getReasoningProviderState().isEmpty()) {
                states.add(ch.getDelta().getReasoningProviderState().toStringUtf8());
            }
        }));
        assertThat(states).containsExactly("anthropic:EqQBsig", "anthropic:redacted:EmwK");
        for (ChatCompletionChunk c : chunks) {
            OpenAiSpec.assertValid("CreateChatCompletionStreamResponse", OpenAiChunkEncoder.encode(c, false));
        }
    }

    @Test
    void givesStreamedToolCallsTheirOwnPositionsInOrder() throws Exception {
        final List<ChatCompletionChunk> chunks = stream(START,
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Both.\"}}",
                "{\"type\":\"content_block_stop\",\"index\":0}",
                "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_A\",\"name\":\"w\",\"input\":{}}}",
                "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"\"}}",
                "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"c\\\":\\\"Paris\\\"}\"}}",
                "{\"type\":\"content_block_stop\",\"index\":1}",
                "{\"type\":\"content_block_start\",\"index\":2,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_B\",\"name\":\"w\",\"input\":{}}}",
                "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"c\\\":\"}}",
                "{\"type\":\"ping\"}",
                "{\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"\\\"Rome\\\"}\"}}",
                "{\"type\":\"content_block_stop\",\"index\":2}",
                delta("tool_use", "{\"output_tokens\":30}"), STOP);
        final StreamAssembly a = assemble(chunks);
        assertThat(a.calls()).extracting(StreamAssembly.Call::index).containsExactly(0, 1);
        assertThat(a.calls()).extracting(StreamAssembly.Call::id).containsExactly("toolu_A", "toolu_B");
        assertThat(AnthropicRecordings.tree(a.calls().get(1).arguments())).isEqualTo(
                AnthropicRecordings.tree("{\"c\":\"Rome\"}"));
        assertThat(a.finishReason()).isEqualTo(FinishReason.FINISH_REASON_TOOL_CALLS);
    }

    @Test
    void tellsEventsApartByTheirJsonTypeNotTheSseEventName() {
        final StreamDecoder d = new AnthropicFormat().newStreamDecoder("m");
        final List<ChatCompletionChunk> out = new ArrayList<>();
        d.decode(new SseEvent("ping", START), out::add);
        d.decode(new SseEvent("message_stop", "{\"type\":\"content_block_start\",\"index\":0,"
                                              + "\"content_block\":{\"type\":\"text\",\"text\":\"Hi\"}}"), out::add);
        assertThat(d.finished()).isFalse();
        assertThat(assemble(out).text()).isEqualTo("Hi");
        d.decode(new SseEvent(null, "   "), out::add);
        d.decode(new SseEvent("message_stop", STOP), out::add);
        assertThat(d.finished()).isTrue();
    }

    @Test
    void takesModelFromMessageStartAndFallsBackToTheRequestedOne() {
        final StreamDecoder d = new AnthropicFormat().newStreamDecoder("requested");
        final List<ChatCompletionChunk> out = new ArrayList<>();
        d.decode(new SseEvent(null, "{\"type\":\"content_block_start\",\"index\":0,"
                                    + "\"content_block\":{\"type\":\"text\",\"text\":\"Hi\"}}"), out::add);
        assertThat(out.get(0).getModel()).isEqualTo("requested");
        assertThat(out.get(0).getChoices(0).getDelta().getRole()).isEqualTo(dev.switchboard.v1.Role.ROLE_ASSISTANT);
    }

    @Test
    void aStreamWithoutMessageStopIsNotFinished() {
        final StreamDecoder d = new AnthropicFormat().newStreamDecoder("m");
        d.decode(new SseEvent(null, START), c -> { });
        d.decode(new SseEvent(null, delta("end_turn", "{\"output_tokens\":3}")), c -> { });
        assertThat(d.finished()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({ "overloaded_error, UPSTREAM_UNAVAILABLE", "api_error, UPSTREAM_ERROR",
                 "rate_limit_error, RATE_LIMITED", "invalid_request_error, INVALID_REQUEST" })
    void turnsAMidStreamErrorEventIntoAGatewayError(String type, ErrorKind kind) {
        final StreamDecoder d = new AnthropicFormat().newStreamDecoder("m");
        d.decode(new SseEvent("message_start", START), c -> { });
        final GatewayException e = catchThrowableOfType(GatewayException.class, () -> d.decode(new SseEvent("error",
                " {\"type\":\"error\",\"error\":{\"details\":null,\"type\":\"" + type + "\",\"message\":\"Overloaded\"}} "),
                c -> { }));
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.code()).isEqualTo(type);
        assertThat(e.getMessage()).isEqualTo("upstream error: Overloaded");
    }

    @Test
    void malformedStreamDataIsAnUpstreamError() {
        final StreamDecoder d = new AnthropicFormat().newStreamDecoder("m");
        final GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> d.decode(new SseEvent(null, "{\"type\":\"content_bl"), c -> { }));
        assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
        assertThat(e.getMessage()).startsWith("upstream returned malformed JSON: ");
        assertThat(catchThrowableOfType(GatewayException.class, () -> decodeBody("[1,2]")).kind())
                .isEqualTo(ErrorKind.UPSTREAM_ERROR);
    }

    @Test
    void anErrorInASuccessfulBodyIsAnUpstreamError() {
        final GatewayException e = catchThrowableOfType(GatewayException.class, () -> decodeBody(
                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));
        assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_UNAVAILABLE);
    }

    @Test
    void returnsTheAnswerToolsInputAsTheMessageText() {
        final ChatCompletionResponse r = decodeBody(message(
                "[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"order__sb_json\",\"input\":{\"total\":14.0}}]",
                "\"tool_use\"", "{}"));
        assertThat(r.getChoices(0).getMessage().getToolCallsCount()).isZero();
        assertThat(r.getChoices(0).getMessage().getContentList()).extracting(ContentPart::getText)
                                                               .containsExactly("{\"total\":14.0}");
        assertThat(r.getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);

        final StreamAssembly a = assemble(stream(START,
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"order__sb_json\",\"input\":{}}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"\"}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"total\\\":\"}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"14.0}\"}}",
                "{\"type\":\"content_block_stop\",\"index\":0}",
                delta("tool_use", "{\"output_tokens\":9}"), STOP));
        assertThat(a.text()).isEqualTo("{\"total\":14.0}");
        assertThat(a.calls()).isEmpty();
        assertThat(a.finishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
    }

    @Test
    void keepsReasoningButNotSurroundingTextWhenTheAnswerToolAnswers() {
        final Message m = decodeBody(message(
                "[{\"type\":\"thinking\",\"thinking\":\"Sum it.\",\"signature\":\"sig\"},"
                + "{\"type\":\"text\",\"text\":\"Here is the JSON:\"},"
                + "{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"order__sb_json\",\"input\":{\"total\":14}}]",
                "\"tool_use\"", "{}")).getChoices(0).getMessage();
        assertThat(m.getContentCount()).isEqualTo(2);
        assertThat(m.getContent(0).getReasoning().getText()).isEqualTo("Sum it.");
        assertThat(m.getContent(0).getProviderState().toStringUtf8()).isEqualTo("anthropic:sig");
        assertThat(m.getContent(1).getText()).isEqualTo("{\"total\":14}");
    }

    @Test
    void usesAToolInputGivenWholeInTheStartEventWhenNoDeltaFollows() {
        final StreamAssembly a = assemble(stream(START,
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"tool_use\",\"id\":\"t\",\"name\":\"f\",\"input\":{\"a\":1}}}",
                "{\"type\":\"content_block_stop\",\"index\":0}", delta("tool_use", "{}"), STOP));
        assertThat(a.calls().get(0).arguments()).isEqualTo("{\"a\":1}");
    }

    @Test
    void readsAnthropicErrorBodiesAndToleratesOthers() {
        final UpstreamError overloaded = new AnthropicFormat().parseError(529,
                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"},\"request_id\":\"req_1\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(overloaded.message()).isEqualTo("Overloaded");
        assertThat(overloaded.type()).isEqualTo("overloaded_error");
        assertThat(new AnthropicFormat().parseError(502, "<html>bad gateway</html>".getBytes(StandardCharsets.UTF_8))
                                        .message()).isEqualTo("<html>bad gateway</html>");
        assertThat(new AnthropicFormat().parseError(500, new byte[0]).message()).isEqualTo("HTTP 500");
    }

    @Test
    void listsModelsWithTheirCreationTimes() {
        assertThat(new AnthropicFormat().modelsPath()).isEqualTo("/models?limit=1000");
        final List<UpstreamModel> models = new AnthropicFormat().decodeModels((
                "{\"data\":[{\"type\":\"model\",\"id\":\"claude-sonnet-4-5-20250929\",\"display_name\":\"Claude Sonnet 4.5\","
                + "\"created_at\":\"2025-09-29T00:00:00Z\"},{\"type\":\"model\",\"id\":\"claude-x\",\"created_at\":\"soon\"},"
                + "{\"type\":\"model\"}],\"has_more\":false,\"first_id\":\"claude-sonnet-4-5-20250929\",\"last_id\":\"claude-x\"}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(models).containsExactly(new UpstreamModel("claude-sonnet-4-5-20250929", "anthropic", 1759104000L),
                                           new UpstreamModel("claude-x", "anthropic", 0));
    }
}
