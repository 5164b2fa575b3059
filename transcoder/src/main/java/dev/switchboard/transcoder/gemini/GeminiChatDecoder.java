package dev.switchboard.transcoder.gemini;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.google.protobuf.ByteString;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Choice;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ReasoningPart;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/**
 * A whole {@code generateContent} answer. It is read exactly as a stream of one event (or of the
 * events of a JSON-array body) and folded into a message, so whole and streamed answers cannot
 * drift apart: reasoning first (carrying the text signature as its provider state), then text, then
 * the calls.
 */
final class GeminiChatDecoder {

    static ChatCompletionResponse decode(byte[] body, String model, LongSupplier clock, Supplier<String> nonce) {
        final GeminiStreamDecoder decoder = new GeminiStreamDecoder(model, clock, nonce);
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        for (GeminiResponse r : GeminiResponseReader.body(body)) {
            decoder.accept(r, chunks::add);
        }
        final Map<Integer, Fold> folds = new TreeMap<>();
        for (ChatCompletionChunk c : chunks) {
            for (ChunkChoice choice : c.getChoicesList()) {
                folds.computeIfAbsent(choice.getIndex(), i -> new Fold()).add(choice);
            }
        }
        if (chunks.isEmpty() || folds.isEmpty()) {
            throw new GatewayException(ErrorKind.UPSTREAM_ERROR, "upstream returned no candidates");
        }
        final ChatCompletionChunk first = chunks.get(0);
        final ChatCompletionResponse.Builder r = ChatCompletionResponse.newBuilder()
                                                                       .setId(first.getId())
                                                                       .setCreated(first.getCreated())
                                                                       .setModel(first.getModel());
        folds.forEach((index, fold) -> r.addChoices(fold.build(index)));
        if (decoder.usage() != null) {
            r.setUsage(decoder.usage());
        }
        return r.build();
    }

    /** One choice put together from its chunks. */
    private static final class Fold {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder reasoning = new StringBuilder();
        private ByteString reasoningState = ByteString.EMPTY;
        private final Map<Integer, ToolCall.Builder> calls = new TreeMap<>();
        private FinishReason finish = FinishReason.FINISH_REASON_UNSPECIFIED;

        void add(ChunkChoice choice) {
            text.append(choice.getDelta().getContent());
            reasoning.append(choice.getDelta().getReasoning());
            if (!choice.getDelta().getReasoningProviderState().isEmpty()) {
                reasoningState = choice.getDelta().getReasoningProviderState();
            }
            for (ToolCall fragment : choice.getDelta().getToolCallsList()) {
                final ToolCall.Builder call = calls.computeIfAbsent(
                        fragment.getIndex(), i -> ToolCall.newBuilder().setIndex(i).setType("function"));
                if (!fragment.getId().isEmpty()) {
                    call.setId(fragment.getId());
                }
                if (!fragment.getName().isEmpty()) {
                    call.setName(fragment.getName());
                }
                if (!fragment.getProviderState().isEmpty()) {
                    call.setProviderState(fragment.getProviderState());
                }
                call.setArguments(call.getArguments() + fragment.getArguments());
            }
            if (choice.getFinishReason() != FinishReason.FINISH_REASON_UNSPECIFIED) {
                finish = choice.getFinishReason();
            }
        }

        Choice build(int index) {
            final Message.Builder m = Message.newBuilder().setRole(Role.ROLE_ASSISTANT);
            if (reasoning.length() > 0 || !reasoningState.isEmpty()) {
                m.addContent(ContentPart.newBuilder()
                                        .setReasoning(ReasoningPart.newBuilder().setText(reasoning.toString()))
                                        .setProviderState(reasoningState));
            }
            if (text.length() > 0) {
                m.addContent(ContentPart.newBuilder().setText(text.toString()));
            }
            calls.values().forEach(m::addToolCalls);
            if (finish == FinishReason.FINISH_REASON_UNSPECIFIED) {
                // A whole answer is finished by definition, even when Gemini left the reason out.
                finish = calls.isEmpty() ? FinishReason.FINISH_REASON_STOP : FinishReason.FINISH_REASON_TOOL_CALLS;
            }
            return Choice.newBuilder().setIndex(index).setMessage(m).setFinishReason(finish).build();
        }
    }

    private GeminiChatDecoder() {}
}
