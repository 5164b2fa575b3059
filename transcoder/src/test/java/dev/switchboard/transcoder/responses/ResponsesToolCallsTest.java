package dev.switchboard.transcoder.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.transcoder.testing.StreamAssembly;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.ImagePart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Reasoning;
import dev.switchboard.v1.ReasoningPart;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.ToolChoice;

/**
 * Function calls through the Responses adapter. The fixtures hold no recorded Responses tool-call
 * stream, so golden/responses/tool-call-stream.jsonl is HAND-WRITTEN from the event schemas in
 * openai/spec/openai-openapi-subset-responses.json (ResponseOutputItemAddedEvent,
 * ResponseFunctionCallArgumentsDeltaEvent/DoneEvent, ResponseReasoningSummaryTextDeltaEvent,
 * ResponseCompletedEvent), not recorded traffic.
 */
class ResponsesToolCallsTest {
    static final ObjectMapper mapper = new ObjectMapper();
    /** Hand-written events (see the class comment), one JSON payload per line. */
    static final List<String> EVENTS = Fixtures.lines("golden/responses/tool-call-stream.jsonl");

    @Test
    void functionCallItemsBecomeNumberedToolCallsAndReasoningKeepsItsState() throws Exception {
        final StreamDecoder decoder = new ResponsesFormat().newStreamDecoder("gpt-5");
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        for (String e : EVENTS) {
            decoder.decode(new SseEvent(null, e), chunks::add);
        }
        final StreamAssembly a = new StreamAssembly();
        ByteString state = ByteString.EMPTY;
        for (ChatCompletionChunk c : chunks) {
            a.add(c);
            OpenAiSpec.assertValid("CreateChatCompletionStreamResponse", OpenAiChunkEncoder.encode(c, true));
            if (c.getChoicesCount() > 0 && !c.getChoices(0).getDelta().getReasoningProviderState().isEmpty()) {
                state = c.getChoices(0).getDelta().getReasoningProviderState();
            }
        }
        assertThat(a.reasoning()).isEqualTo("Need the weather.");
        assertThat(a.calls()).hasSize(2);
        assertThat(a.calls().get(0).id()).isEqualTo("call_a");
        assertThat(a.calls().get(0).name()).isEqualTo("get_weather");
        assertThat(mapper.readTree(a.calls().get(0).arguments())).isEqualTo(mapper.readTree("{\"city\":\"Paris\"}"));
        assertThat(a.calls().get(1).id()).isEqualTo("call_b");
        assertThat(mapper.readTree(a.calls().get(1).arguments())).isEqualTo(mapper.readTree("{\"tz\":\"CET\"}"));
        assertThat(a.finishReason()).isEqualTo(FinishReason.FINISH_REASON_TOOL_CALLS);
        assertThat(a.usage().getReasoningTokens()).isEqualTo(12);
        assertThat(decoder.finished()).isTrue();

        // The next turn hands the reasoning item back, encrypted content included.
        final ReasoningItem item = ReasoningItem.fromState(state);
        assertThat(item).isEqualTo(new ReasoningItem("rs_1", "gAAAAB-enc"));
        assertThat(ReasoningItem.fromState(ByteString.copyFromUtf8("anthropic:sig"))).as("not ours").isNull();
    }

    @Test
    void aConversationWithToolResultsEncodesAsDocumented() throws Exception {
        final ByteString reasoningState = new ReasoningItem("rs_1", "gAAAAB-enc").toState();
        final ChatCompletionRequest req = ChatCompletionRequest.newBuilder()
                .setModel("ignored")
                .addMessages(Message.newBuilder().setRole(Role.ROLE_SYSTEM)
                                    .addContent(ContentPart.newBuilder().setText("Be brief.")))
                .addMessages(Message.newBuilder().setRole(Role.ROLE_USER)
                                    .addContent(ContentPart.newBuilder().setText("Weather here?"))
                                    .addContent(ContentPart.newBuilder().setImage(ImagePart.newBuilder()
                                            .setMediaType("image/png").setData(ByteString.copyFrom(new byte[] { 1, 2, 3 })))))
                .addMessages(Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                                    .addContent(ContentPart.newBuilder().setProviderState(reasoningState)
                                                           .setReasoning(ReasoningPart.newBuilder().setText("Need the weather.")))
                                    .addToolCalls(ToolCall.newBuilder().setId("call_a").setType("function")
                                                          .setName("get_weather").setArguments("{\"city\":\"Paris\"}")))
                .addMessages(Message.newBuilder().setRole(Role.ROLE_TOOL).setToolCallId("call_a")
                                    .addContent(ContentPart.newBuilder().setText("sunny, 21C")))
                .addTools(Tool.newBuilder().setType("function").setName("get_weather").setDescription("Weather now")
                              .setParameters(Struct.newBuilder().putFields("type", Value.newBuilder().setStringValue("object").build())))
                .setToolChoice(ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_FUNCTION).setFunctionName("get_weather"))
                .setParallelToolCalls(false)
                .setResponseFormat(ResponseFormat.newBuilder().setType(ResponseFormat.Type.TYPE_JSON_OBJECT))
                .setReasoning(Reasoning.newBuilder().setEffort("low"))
                .setMaxTokens(500)
                .setTemperature(0.5)
                .addStop("END")
                .setSeed(7)
                .build();
        final EncodedRequest encoded = new ResponsesFormat().encodeChat(req, "gpt-5", true);
        assertThat(encoded.path()).isEqualTo("/responses");
        final JsonNode expected = mapper.readTree(Fixtures.resource("golden/responses/tool-roundtrip/request.json"));
        assertThat(mapper.readTree(new String(encoded.body(), StandardCharsets.UTF_8))).isEqualTo(expected);
        assertThat(encoded.droppedParams()).containsExactlyInAnyOrder("stop", "seed");
    }
}
