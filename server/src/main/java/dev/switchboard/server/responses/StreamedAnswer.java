package dev.switchboard.server.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.protobuf.ByteString;

import dev.switchboard.transcoder.responses.StreamedCitations;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Choice;
import dev.switchboard.v1.Citation;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.GatewayInfo;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ReasoningPart;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/**
 * Puts a streamed answer's chunks back together into the whole completion a stored response keeps:
 * reasoning split into parts where provider state closed them, text with its citations (spans in
 * the whole text, as the stream's events gave them), refusal, tool calls by index,
 * finish reason, usage and gateway info. Choice 0 only: a response has one answer.
 */
final class StreamedAnswer {
    private final ChatCompletionResponse.Builder out = ChatCompletionResponse.newBuilder();
    private final List<ContentPart> reasoning = new ArrayList<>();
    private final StringBuilder reasoningText = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private final StreamedCitations spans = new StreamedCitations();
    private final List<Citation> citations = new ArrayList<>();
    private final StringBuilder refusal = new StringBuilder();
    private final Map<Integer, ToolCall.Builder> calls = new TreeMap<>();
    private FinishReason finish = FinishReason.FINISH_REASON_UNSPECIFIED;
    private boolean identified;

    void add(ChatCompletionChunk chunk) {
        if (!identified && !chunk.getId().isEmpty()) {
            identified = true;
            out.setId(chunk.getId()).setCreated(chunk.getCreated()).setModel(chunk.getModel());
        }
        if (chunk.hasUsage()) {
            out.setUsage(chunk.getUsage());
        }
        if (chunk.hasGateway()) {
            // The last word wins: the final chunk's info lists failovers the first could not.
            out.setGateway(merge(out.getGateway(), chunk.getGateway()));
        }
        if (chunk.getChoicesCount() == 0 || chunk.getChoices(0).getIndex() != 0) {
            return;
        }
        final Delta d = chunk.getChoices(0).getDelta();
        reasoningText.append(d.getReasoning());
        if (!d.getReasoningProviderState().isEmpty()) {
            closeReasoning(d.getReasoningProviderState());
        }
        citations.addAll(spans.add(d));
        text.append(d.getContent());
        refusal.append(d.getRefusal());
        for (ToolCall f : d.getToolCallsList()) {
            final ToolCall.Builder c = calls.computeIfAbsent(f.getIndex(), i -> ToolCall.newBuilder()
                                                                                         .setIndex(i).setType("function"));
            if (!f.getId().isEmpty()) {
                c.setId(f.getId());
            }
            if (!f.getName().isEmpty()) {
                c.setName(f.getName());
            }
            if (!f.getProviderState().isEmpty()) {
                c.setProviderState(f.getProviderState());
            }
            c.setArguments(c.getArguments() + f.getArguments());
        }
        if (chunk.getChoices(0).getFinishReason() != FinishReason.FINISH_REASON_UNSPECIFIED) {
            finish = chunk.getChoices(0).getFinishReason();
        }
    }

    private void closeReasoning(ByteString state) {
        reasoning.add(ContentPart.newBuilder()
                                 .setReasoning(ReasoningPart.newBuilder().setText(reasoningText.toString()))
                                 .setProviderState(state).build());
        reasoningText.setLength(0);
    }

    ChatCompletionResponse build() {
        if (reasoningText.length() > 0) {
            closeReasoning(ByteString.EMPTY);
        }
        final Message.Builder m = Message.newBuilder().setRole(Role.ROLE_ASSISTANT).addAllContent(reasoning);
        if (text.length() > 0) {
            citations.addAll(spans.flush());
            m.addContent(ContentPart.newBuilder().setText(text.toString()).addAllCitations(citations));
        }
        if (refusal.length() > 0) {
            m.setRefusal(refusal.toString());
        }
        calls.values().forEach(m::addToolCalls);
        if (finish == FinishReason.FINISH_REASON_UNSPECIFIED) {
            finish = calls.isEmpty() ? FinishReason.FINISH_REASON_STOP : FinishReason.FINISH_REASON_TOOL_CALLS;
        }
        return out.addChoices(Choice.newBuilder().setIndex(0).setMessage(m).setFinishReason(finish)).build();
    }

    private static GatewayInfo merge(GatewayInfo first, GatewayInfo later) {
        return first.getProvider().isEmpty() ? later : later.getFailoversCount() > 0 ? later : first;
    }
}
