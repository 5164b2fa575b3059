package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonParser;
import com.google.protobuf.ByteString;

import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Choice;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ReasoningPart;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/** Reads a whole (non-streamed) Messages API response into the canonical response. */
final class AnthropicResponseDecoder {

    static ChatCompletionResponse decode(byte[] body, Clock clock) {
        return UpstreamJson.parse(body, p -> read(p, clock));
    }

    private static ChatCompletionResponse read(JsonParser p, Clock clock) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            throw new GatewayException(ErrorKind.UPSTREAM_ERROR,
                                       "upstream returned malformed JSON: expected an object");
        }
        final AnthropicUsage usage = new AnthropicUsage();
        final AnthropicWire.Message m = AnthropicWire.readMessage(p, usage);
        if (m.error() != null || "error".equals(m.type())) {
            throw AnthropicErrors.inBody(m.error());
        }
        final Message.Builder message = Message.newBuilder().setRole(Role.ROLE_ASSISTANT);
        final StringBuilder answer = new StringBuilder();
        boolean answered = false;
        for (AnthropicWire.Part b : m.content()) {
            switch (b.type()) {
                case "text":
                    message.addContent(AnthropicPassThrough.citedText(b.text(), b.citations()));
                    break;
                case "thinking":
                    message.addContent(reasoning(b.thinking(), false,
                                                 b.signature().isEmpty() ? null : AnthropicNames.state(b.signature())));
                    break;
                case "redacted_thinking":
                    message.addContent(reasoning("", true, AnthropicNames.redactedState(b.data())));
                    break;
                case "tool_use": {
                    final String arguments = b.input() == null ? "{}" : b.input();
                    if (AnthropicNames.isAnswerTool(b.name())) {
                        answer.append(AnthropicNames.isWrappedAnswerTool(b.name()) ? WrappedAnswer.unwrap(arguments)
                                                                                     : arguments);
                        answered = true;
                    } else {
                        message.addToolCalls(ToolCall.newBuilder().setId(b.id()).setType("function")
                                                     .setName(b.name()).setArguments(arguments)
                                                     .setIndex(message.getToolCallsCount()));
                    }
                    break;
                }
                default:
                    // Server tool blocks (server_tool_use, web_search_tool_result, ...): kept as
                    // written, in their place, for a client that speaks Anthropic's format.
                    message.addContent(ContentPart.newBuilder().setPassThrough(
                            AnthropicPassThrough.block(b.type(), b.raw())));
                    break;
            }
        }
        if (answered) {
            // The json_schema answer came as the synthetic tool's input: it is the whole answer, and
            // text the model wrote around the call is not part of the JSON document. Reasoning stays.
            final List<ContentPart> kept = new ArrayList<>();
            for (ContentPart part : message.getContentList()) {
                if (part.getPartCase() != ContentPart.PartCase.TEXT) {
                    kept.add(part);
                }
            }
            message.clearContent().addAllContent(kept).addContent(ContentPart.newBuilder().setText(answer.toString()));
        }
        if (!m.stopExplanation().isEmpty() && "refusal".equals(m.stopReason())) {
            message.setRefusal(m.stopExplanation());
        }
        FinishReason finish = AnthropicNames.finishReason(m.stopReason());
        if (finish == FinishReason.FINISH_REASON_TOOL_CALLS && message.getToolCallsCount() == 0) {
            finish = FinishReason.FINISH_REASON_STOP;
        }
        final ChatCompletionResponse.Builder r = ChatCompletionResponse.newBuilder()
                .setId(m.id())
                .setModel(m.model())
                .setCreated(clock.instant().getEpochSecond())
                .addChoices(Choice.newBuilder().setIndex(0).setMessage(message).setFinishReason(finish)
                                  .setStopSequence(m.stopSequence()));
        if (usage.seen()) {
            r.setUsage(usage.toCanonical());
        }
        return r.build();
    }

    /** A reasoning part whose signature (or redacted data) travels as this adapter's provider state. */
    private static ContentPart reasoning(String text, boolean redacted, @Nullable ByteString state) {
        final ContentPart.Builder part = ContentPart.newBuilder()
                .setReasoning(ReasoningPart.newBuilder().setText(text).setRedacted(redacted));
        if (state != null) {
            part.setProviderState(state);
        }
        return part.build();
    }

    private AnthropicResponseDecoder() {}
}
