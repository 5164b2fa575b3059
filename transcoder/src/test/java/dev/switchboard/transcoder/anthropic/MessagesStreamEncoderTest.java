package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;

import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.Usage;

/**
 * Canonical chunks as the non-Anthropic upstream decoders produce them (OpenAI ids, Gemini
 * signatures on text and on calls, redacted reasoning) laid out as Anthropic blocks.
 */
class MessagesStreamEncoderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ChatCompletionChunk chunk(Delta.Builder d, FinishReason finish) {
        return ChatCompletionChunk.newBuilder().setId("chatcmpl-9").addChoices(
                ChunkChoice.newBuilder().setDelta(d).setFinishReason(finish)).build();
    }

    private static ChatCompletionChunk chunk(Delta.Builder d) {
        return chunk(d, FinishReason.FINISH_REASON_UNSPECIFIED);
    }

    private static List<JsonNode> run(List<ChatCompletionChunk> chunks) throws Exception {
        return run(new MessagesStreamEncoder("asked"), chunks);
    }

    private static List<JsonNode> run(MessagesStreamEncoder encoder, List<ChatCompletionChunk> chunks)
            throws Exception {
        final StringBuilder sse = new StringBuilder();
        chunks.forEach(c -> sse.append(new String(encoder.encode(c), StandardCharsets.UTF_8)));
        sse.append(new String(encoder.finish(), StandardCharsets.UTF_8));
        final List<JsonNode> events = new ArrayList<>();
        for (String frame : sse.toString().split("\n\n")) {
            final String[] lines = frame.split("\n");
            final JsonNode data = MAPPER.readTree(lines[1].substring("data: ".length()));
            assertThat(lines[0]).isEqualTo("event: " + data.get("type").asText());
            events.add(data);
        }
        return events;
    }

    @Test
    void reasoningSignatureTextAndSignedCallBecomeBlocksInOrder() throws Exception {
        final ByteString callState = ByteString.copyFromUtf8("gemini:CALLSIG");
        final List<JsonNode> events = run(List.of(
                chunk(Delta.newBuilder().setReasoning("Let me ")),
                chunk(Delta.newBuilder().setReasoning("think.")),
                chunk(Delta.newBuilder().setReasoningProviderState(ByteString.copyFromUtf8("anthropic:SIG"))),
                chunk(Delta.newBuilder().setContent("Checking.")),
                chunk(Delta.newBuilder().addToolCalls(ToolCall.newBuilder().setIndex(0).setId("call_1")
                                                              .setName("weather").setArguments("{\"city\":")
                                                              .setProviderState(callState))),
                chunk(Delta.newBuilder().addToolCalls(ToolCall.newBuilder().setIndex(0).setArguments("\"Oslo\"}")),
                      FinishReason.FINISH_REASON_TOOL_CALLS),
                ChatCompletionChunk.newBuilder().setUsage(Usage.newBuilder().setPromptTokens(20)
                        .setCachedPromptTokens(5).setCompletionTokens(7)).build()));
        assertThat(events).extracting(e -> e.get("type").asText() + e.at("/delta/type").asText(""))
                          .containsExactly("message_start", "ping",
                                           "content_block_start", "content_block_deltathinking_delta",
                                           "content_block_deltathinking_delta", "content_block_deltasignature_delta",
                                           "content_block_stop",
                                           "content_block_start", "content_block_deltatext_delta", "content_block_stop",
                                           "content_block_start", "content_block_deltainput_json_delta",
                                           "content_block_deltainput_json_delta", "content_block_stop",
                                           "message_delta", "message_stop");
        assertThat(events.get(0).at("/message/id").asText()).startsWith("msg_").isNotEqualTo("chatcmpl-9");
        assertThat(events.get(0).at("/message/model").asText()).isEqualTo("asked");
        assertThat(events.get(5).at("/delta/signature").asText()).isEqualTo("SIG");
        assertThat(events.stream().map(e -> e.path("index").asInt(-1)).filter(i -> i >= 0).distinct())
                .containsExactly(0, 1, 2);
        final JsonNode toolStart = events.get(10).get("content_block");
        assertThat(toolStart.get("type").asText()).isEqualTo("tool_use");
        assertThat(toolStart.get("name").asText()).isEqualTo("weather");
        assertThat(toolStart.get("id").asText()).startsWith("call_1__sbps_");
        assertThat(toolStart.get("input")).isEqualTo(MAPPER.readTree("{}"));
        final ToolCall.Builder back = ToolCall.newBuilder();
        dev.switchboard.transcoder.common.ToolCallIds.readClientId(toolStart.get("id").asText(), back);
        assertThat(back.getId()).isEqualTo("call_1");
        assertThat(back.getProviderState()).isEqualTo(callState);
        final JsonNode end = events.get(14);
        assertThat(end.at("/delta/stop_reason").asText()).isEqualTo("tool_use");
        assertThat(end.get("usage")).isEqualTo(MAPPER.readTree(
                "{\"input_tokens\":15,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":5,"
                + "\"output_tokens\":7}"));
    }

    @Test
    void messageStartReportsThePromptEstimateAndMessageDeltaTheExactCount() throws Exception {
        // OpenAI-compatible upstreams give usage only in the last chunk; Anthropic reports the
        // prompt in message_start, and message_delta's usage is cumulative (input_tokens included),
        // the thinking inside output_tokens as output_tokens_details.thinking_tokens.
        final List<JsonNode> events = run(new MessagesStreamEncoder("asked", 42), List.of(
                chunk(Delta.newBuilder().setContent("Hello"), FinishReason.FINISH_REASON_STOP),
                ChatCompletionChunk.newBuilder().setUsage(Usage.newBuilder().setPromptTokens(12)
                        .setCachedPromptTokens(11).setCompletionTokens(291).setReasoningTokens(290)
                        .setTotalTokens(303)).build()));
        final JsonNode start = events.get(0);
        assertThat(start.get("type").asText()).isEqualTo("message_start");
        assertThat(start.at("/message/usage/input_tokens").asInt()).isEqualTo(42);
        assertThat(start.at("/message/usage/output_tokens").asInt()).isZero();
        final JsonNode delta = events.get(events.size() - 2);
        assertThat(delta.get("type").asText()).isEqualTo("message_delta");
        assertThat(delta.get("usage")).isEqualTo(MAPPER.readTree(
                "{\"input_tokens\":1,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":11,"
                + "\"output_tokens\":291,\"output_tokens_details\":{\"thinking_tokens\":290}}"));
    }

    @Test
    void withoutUpstreamUsageMessageDeltaKeepsThePromptEstimate() throws Exception {
        // A server that sends no usage at all: message_delta must not take back what message_start said.
        final List<JsonNode> events = run(new MessagesStreamEncoder("asked", 42), List.of(
                chunk(Delta.newBuilder().setContent("Hello"), FinishReason.FINISH_REASON_STOP)));
        assertThat(events.get(0).at("/message/usage/input_tokens").asInt()).isEqualTo(42);
        assertThat(events.get(events.size() - 2).at("/usage/input_tokens").asInt()).isEqualTo(42);
        assertThat(events.get(events.size() - 2).at("/usage/output_tokens").asInt()).isZero();
    }

    @Test
    void aSignatureAfterTextOpensAThinkingBlockOfItsOwnAndRedactedStateIsRedactedThinking() throws Exception {
        final List<JsonNode> events = run(List.of(
                chunk(Delta.newBuilder().setContent("Three.")),
                chunk(Delta.newBuilder().setReasoningProviderState(ByteString.copyFromUtf8("gemini:TEXTSIG")),
                      FinishReason.FINISH_REASON_STOP),
                chunk(Delta.newBuilder().setReasoningProviderState(ByteString.copyFromUtf8("anthropic:redacted:ENC")))));
        final List<JsonNode> starts = events.stream().filter(e -> "content_block_start".equals(e.get("type").asText()))
                                            .map(e -> e.get("content_block")).toList();
        assertThat(starts).extracting(b -> b.get("type").asText())
                          .containsExactly("text", "thinking", "redacted_thinking");
        assertThat(starts.get(2).get("data").asText()).isEqualTo("ENC");
        final JsonNode signature = events.stream().filter(e -> "signature_delta".equals(e.at("/delta/type").asText()))
                                         .findFirst().orElseThrow();
        assertThat(ThinkingState.signature(signature.at("/delta/signature").asText()).toStringUtf8())
                .isEqualTo("gemini:TEXTSIG");
        assertThat(events.get(events.size() - 2).at("/delta/stop_reason").asText()).isEqualTo("end_turn");
    }

    @Test
    void anEmptyStreamStillHasTheWholeFrame() throws Exception {
        assertThat(run(List.of())).extracting(e -> e.get("type").asText())
                                  .containsExactly("message_start", "ping", "message_delta", "message_stop");
    }
}
