package dev.switchboard.transcoder.responses;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.json.UpstreamJson;
import dev.switchboard.transcoder.responses.ResponsesResponseDecoder.Item;
import dev.switchboard.transcoder.responses.ResponsesResponseDecoder.Parsed;
import dev.switchboard.transcoder.sse.SseEvent;
import dev.switchboard.transcoder.upstream.StreamDecoder;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/**
 * A Responses event stream → chat chunks. Events name their output item by id, so this follows
 * items: text deltas become content, function-call items become numbered tool calls whose
 * arguments stream as fragments, reasoning summaries become reasoning, and the terminal event
 * ({@code response.completed}/{@code incomplete}) gives the finish reason and usage.
 */
final class ResponsesStreamDecoder implements StreamDecoder {
    private String id = "";
    private String model;
    private long created;
    private boolean roleSent;
    private boolean textSent;
    private boolean separatorPending;
    private boolean finished;
    /** Function-call item id → our tool-call index, and the arguments streamed so far. */
    private final Map<String, Integer> callIndex = new HashMap<>();
    private final Map<String, StringBuilder> callArgs = new HashMap<>();

    ResponsesStreamDecoder(String model) {
        this.model = model;
    }

    /** The fields any event may carry; each event type uses a few. */
    private static final class Event {
        String type = "";
        @Nullable
        Parsed response;
        @Nullable
        Item item;
        String itemId = "";
        @Nullable
        String delta;
        @Nullable
        String arguments;
        @Nullable
        GatewayException error;
        String code = "";
        String message = "";
    }

    @Override
    public void decode(SseEvent sse, Consumer<ChatCompletionChunk> out) {
        final Event e = UpstreamJson.parse(sse.data(), ResponsesStreamDecoder::read);
        switch (e.type) {
            case "response.created":
            case "response.in_progress":
                if (e.response != null) {
                    adopt(e.response);
                }
                sendRole(out);
                break;
            case "response.output_item.added":
                onItemAdded(e.item, out);
                break;
            case "response.output_text.delta":
                if (e.delta != null && !e.delta.isEmpty()) {
                    final String text = separatorPending ? ResponsesResponseDecoder.ITEM_SEPARATOR + e.delta : e.delta;
                    separatorPending = false;
                    textSent = true;
                    emit(out, Delta.newBuilder().setContent(text));
                }
                break;
            case "response.refusal.delta":
                if (e.delta != null) {
                    emit(out, Delta.newBuilder().setRefusal(e.delta));
                }
                break;
            case "response.reasoning_summary_text.delta":
            case "response.reasoning_text.delta":
                if (e.delta != null) {
                    emit(out, Delta.newBuilder().setReasoning(e.delta));
                }
                break;
            case "response.function_call_arguments.delta":
                if (e.delta != null) {
                    arguments(e.itemId, e.delta, out);
                }
                break;
            case "response.function_call_arguments.done":
                // Some servers send the arguments only here.
                if (e.arguments != null && callArgs.containsKey(e.itemId) && callArgs.get(e.itemId).length() == 0) {
                    arguments(e.itemId, e.arguments, out);
                }
                break;
            case "response.output_item.done":
                if (e.item != null && "reasoning".equals(e.item.type)) {
                    emit(out, Delta.newBuilder().setReasoningProviderState(e.item.reasoningPart().getProviderState()));
                }
                break;
            case "response.completed":
            case "response.incomplete":
                finish(e.response, out);
                break;
            case "response.failed":
                throw e.response != null && e.response.error != null
                      ? e.response.error : new GatewayException(ErrorKind.UPSTREAM_ERROR, "upstream error: response failed");
            case "error":
                throw e.error != null ? e.error : new GatewayException(
                        ErrorKind.UPSTREAM_ERROR, e.code.isEmpty() ? null : e.code,
                        "upstream error: " + (e.message.isEmpty() ? e.code : e.message));
            default:
                break;
        }
    }

    @Override
    public boolean finished() {
        return finished;
    }

    private void adopt(Parsed r) {
        if (!r.id.isEmpty()) {
            id = r.id;
        }
        if (!r.model.isEmpty()) {
            model = r.model;
        }
        if (r.created != 0) {
            created = r.created;
        }
    }

    private void sendRole(Consumer<ChatCompletionChunk> out) {
        if (!roleSent) {
            roleSent = true;
            out.accept(chunk(Delta.newBuilder().setRole(Role.ROLE_ASSISTANT).setContent(""), null));
        }
    }

    private void onItemAdded(@Nullable Item item, Consumer<ChatCompletionChunk> out) {
        if (item == null) {
            return;
        }
        if ("message".equals(item.type) && textSent) {
            separatorPending = true;
        } else if ("function_call".equals(item.type)) {
            final int index = callIndex.size();
            callIndex.put(item.id, index);
            callArgs.put(item.id, new StringBuilder(item.arguments));
            emit(out, Delta.newBuilder().addToolCalls(ToolCall.newBuilder().setIndex(index).setId(item.callId)
                                                              .setType("function").setName(item.name)
                                                              .setArguments(item.arguments)));
        }
    }

    private void arguments(String itemId, String fragment, Consumer<ChatCompletionChunk> out) {
        final Integer index = callIndex.get(itemId);
        if (index == null || fragment.isEmpty()) {
            return;
        }
        callArgs.get(itemId).append(fragment);
        emit(out, Delta.newBuilder().addToolCalls(ToolCall.newBuilder().setIndex(index).setArguments(fragment)));
    }

    private void finish(@Nullable Parsed r, Consumer<ChatCompletionChunk> out) {
        sendRole(out);
        FinishReason reason = callIndex.isEmpty() ? FinishReason.FINISH_REASON_STOP : FinishReason.FINISH_REASON_TOOL_CALLS;
        if (r != null) {
            adopt(r);
            if (!r.incompleteReason.isEmpty()) {
                reason = r.finishReason();
            }
        }
        out.accept(chunk(Delta.newBuilder(), reason));
        if (r != null && r.usage != null) {
            out.accept(base().setUsage(r.usage).build());
        }
        finished = true;
    }

    private void emit(Consumer<ChatCompletionChunk> out, Delta.Builder delta) {
        sendRole(out);
        out.accept(chunk(delta, null));
    }

    private ChatCompletionChunk chunk(Delta.Builder delta, @Nullable FinishReason reason) {
        final ChunkChoice.Builder choice = ChunkChoice.newBuilder().setIndex(0).setDelta(delta);
        if (reason != null) {
            choice.setFinishReason(reason);
        }
        return base().addChoices(choice).build();
    }

    private ChatCompletionChunk.Builder base() {
        return ChatCompletionChunk.newBuilder().setId(id).setModel(model).setCreated(created);
    }

    private static Event read(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            throw new GatewayException(ErrorKind.UPSTREAM_ERROR, "upstream returned malformed JSON: expected an event");
        }
        final Event e = new Event();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "type": e.type = UpstreamJson.stringOrEmpty(p); break;
                case "response": e.response = ResponsesResponseDecoder.read(p); break;
                case "item": e.item = Item.read(p); break;
                case "item_id": e.itemId = UpstreamJson.stringOrEmpty(p); break;
                case "delta": e.delta = UpstreamJson.string(p); break;
                case "arguments": e.arguments = UpstreamJson.string(p); break;
                case "error":
                    if (!p.hasToken(JsonToken.VALUE_NULL)) {
                        e.error = ResponsesErrors.read(p);
                    }
                    break;
                case "code": e.code = UpstreamJson.stringOrEmpty(p); break;
                case "message": e.message = UpstreamJson.stringOrEmpty(p); break;
                default: p.skipChildren(); break;
            }
        }
        return e;
    }
}
