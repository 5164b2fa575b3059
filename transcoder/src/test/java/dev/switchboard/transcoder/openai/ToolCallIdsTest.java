package dev.switchboard.transcoder.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;

import dev.switchboard.transcoder.common.ToolCallIds;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Choice;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ReasoningPart;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/** Provider state leaves through OpenAI JSON and comes back unchanged on the next turn. */
class ToolCallIdsTest {
    static final ObjectMapper mapper = new ObjectMapper();
    static final ByteString GEMINI_SIG = ByteString.copyFromUtf8("gemini:CiQBjz1rX+/sig==");
    static final ByteString ANTHROPIC_SIG = ByteString.copyFromUtf8("anthropic:EqQBCgIYAhIM1gbcDa9GJwZA");

    static ChatCompletionResponse response() {
        return ChatCompletionResponse.newBuilder().setId("r1").setCreated(1).setModel("m").addChoices(
                Choice.newBuilder().setFinishReason(FinishReason.FINISH_REASON_TOOL_CALLS).setMessage(
                        Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                               .addContent(ContentPart.newBuilder().setProviderState(ANTHROPIC_SIG)
                                                      .setReasoning(ReasoningPart.newBuilder().setText("Let me think.")))
                               .addContent(ContentPart.newBuilder().setProviderState(ByteString.copyFromUtf8("anthropic:opaque"))
                                                      .setReasoning(ReasoningPart.newBuilder().setRedacted(true)))
                               .addToolCalls(ToolCall.newBuilder().setId("call_1").setType("function")
                                                     .setName("weather").setArguments("{\"city\":\"Paris\"}")
                                                     .setProviderState(GEMINI_SIG))
                               .addToolCalls(ToolCall.newBuilder().setId("call_2").setType("function")
                                                     .setName("time").setArguments("{}")))).build();
    }

    @Test
    void stateSurvivesAResponseAndTheNextRequest() throws Exception {
        final byte[] out = OpenAiChatResponseEncoder.encode(response());
        OpenAiSpec.assertValid("CreateChatCompletionResponse", out);
        final JsonNode message = mapper.readTree(out).at("/choices/0/message");
        assertThat(message.at("/tool_calls/0/id").asText()).startsWith("call_1__sbps_");
        assertThat(message.at("/tool_calls/1/id").asText()).isEqualTo("call_2");
        assertThat(message.get("reasoning_content").asText()).isEqualTo("Let me think.");
        assertThat(message.at("/thinking_blocks/0/signature").asText()).isEqualTo(ANTHROPIC_SIG.toStringUtf8());
        assertThat(message.at("/thinking_blocks/1/type").asText()).isEqualTo("redacted_thinking");

        // What an OpenAI client sends next: the assistant message as it got it, then tool results.
        final ObjectNode next = mapper.createObjectNode().put("model", "p/m");
        final ArrayNode messages = next.putArray("messages");
        messages.addObject().put("role", "user").put("content", "Weather and time in Paris?");
        messages.add(message);
        messages.addObject().put("role", "tool").put("tool_call_id", message.at("/tool_calls/0/id").asText())
                .put("content", "sunny");
        messages.addObject().put("role", "tool").put("tool_call_id", "call_2").put("content", "noon");
        final ChatCompletionRequest req = OpenAiChatRequestDecoder.decode(mapper.writeValueAsBytes(next)).request();

        final Message assistant = req.getMessages(1);
        assertThat(assistant.getToolCalls(0).getId()).isEqualTo("call_1");
        assertThat(assistant.getToolCalls(0).getProviderState()).isEqualTo(GEMINI_SIG);
        assertThat(assistant.getToolCalls(1).getProviderState().isEmpty()).isTrue();
        assertThat(assistant.getContent(0).getReasoning().getText()).isEqualTo("Let me think.");
        assertThat(assistant.getContent(0).getProviderState()).isEqualTo(ANTHROPIC_SIG);
        assertThat(assistant.getContent(1).getReasoning().getRedacted()).isTrue();
        assertThat(assistant.getContent(1).getProviderState().toStringUtf8()).isEqualTo("anthropic:opaque");
        assertThat(assistant.getContentCount()).as("reasoning_content is not read twice").isEqualTo(2);
        assertThat(req.getMessages(2).getToolCallId()).isEqualTo("call_1");
        assertThat(req.getMessages(3).getToolCallId()).isEqualTo("call_2");
    }

    @Test
    void streamedStateIsValidOpenAiAndCarriesTheSignature() throws Exception {
        final ChatCompletionChunk chunk = ChatCompletionChunk.newBuilder().setId("c").setCreated(1).setModel("m")
                .addChoices(ChunkChoice.newBuilder().setDelta(Delta.newBuilder()
                        .setReasoningProviderState(ANTHROPIC_SIG)
                        .addToolCalls(ToolCall.newBuilder().setIndex(0).setId("call_9").setName("f")
                                              .setArguments("").setProviderState(GEMINI_SIG)))).build();
        final byte[] out = OpenAiChunkEncoder.encode(chunk, false);
        OpenAiSpec.assertValid("CreateChatCompletionStreamResponse", out);
        final JsonNode delta = mapper.readTree(out).at("/choices/0/delta");
        assertThat(delta.at("/thinking_blocks/0/signature").asText()).isEqualTo(ANTHROPIC_SIG.toStringUtf8());
        final ToolCall.Builder back = ToolCall.newBuilder();
        ToolCallIds.readClientId(delta.at("/tool_calls/0/id").asText(), back);
        assertThat(back.getId()).isEqualTo("call_9");
        assertThat(back.getProviderState()).isEqualTo(GEMINI_SIG);
    }

    @Test
    void aStreamedSignatureRejoinsTheReasoningTextItSigns() {
        final String next = "{\"model\":\"p/m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
                + "{\"role\":\"assistant\",\"content\":\"Hello\",\"reasoning_content\":\"Let me think.\","
                + "\"thinking_blocks\":[{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"anthropic:EqQB\"}]},"
                + "{\"role\":\"user\",\"content\":\"more\"}]}";
        final Message assistant = OpenAiChatRequestDecoder.decode(next.getBytes(StandardCharsets.UTF_8))
                                                          .request().getMessages(1);
        assertThat(assistant.getContent(0).getReasoning().getText()).isEqualTo("Let me think.");
        assertThat(assistant.getContent(0).getProviderState().toStringUtf8()).isEqualTo("anthropic:EqQB");
        assertThat(assistant.getContent(1).getText()).isEqualTo("Hello");
        assertThat(assistant.getContentCount()).isEqualTo(2);
    }

    @Test
    void idsWithoutStateAndForeignIdsAreLeftAlone() {
        final ToolCall.Builder plain = ToolCall.newBuilder();
        ToolCallIds.readClientId("call_abc", plain);
        assertThat(plain.getId()).isEqualTo("call_abc");
        assertThat(plain.getProviderState().isEmpty()).isTrue();
        final ToolCall.Builder odd = ToolCall.newBuilder();
        ToolCallIds.readClientId("x__sbps_!!!not-base64", odd);
        assertThat(odd.getId()).isEqualTo("x__sbps_!!!not-base64");
        assertThat(ToolCallIds.bareId("call_1__sbps_YWJj")).isEqualTo("call_1");
        assertThat(new String(java.util.Base64.getUrlDecoder().decode("YWJj"), StandardCharsets.UTF_8)).isEqualTo("abc");
    }
}
