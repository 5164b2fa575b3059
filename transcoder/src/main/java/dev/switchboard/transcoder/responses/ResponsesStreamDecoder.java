package dev.switchboard.transcoder.responses;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.responses.ResponsesResponseDecoder.Item;
import dev.switchboard.transcoder.responses.ResponsesResponseDecoder.Parsed;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Citation;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/**
 * A Responses event stream → chat chunks. Events name their output item by output index and id,
 * so this follows items, not arrival order: text deltas become content, function-call items become
 * numbered tool calls whose arguments stream as fragments, url_citation annotations become citations
 * (spans moved into the answer's joined text, as for a whole response), reasoning summaries and raw reasoning
 * text become reasoning, and the terminal event ({@code response.completed}/{@code incomplete})
 * gives the finish reason and usage.
 *
 * <p>Hosts other than OpenAI's (OpenRouter, vLLM, Ollama, LM Studio...) are read leniently: an
 * event's type may come only from its JSON or only from its {@code event:} line, a chat-style
 * {@code [DONE]} and anything after the terminal event are ignored, a reasoning item may finish
 * after the message that follows it, and event types this gateway does not know are skipped.
 */
final class ResponsesStreamDecoder implements StreamDecoder {
    private static final Logger logger = LoggerFactory.getLogger(ResponsesStreamDecoder.class);

    /** Events whose content already came in deltas, or that say nothing a chat chunk carries. */
    private static final Set<String> UNUSED = Set.of(
            "response.queued", "response.content_part.added", "response.content_part.done",
            "response.output_text.done", "response.refusal.done",
            "response.reasoning_summary_part.added", "response.reasoning_summary_part.done",
            "response.reasoning_summary_text.done", "response.reasoning_text.done");

    private String id = "";
    private String model;
    private long created;
    private boolean roleSent;
    private boolean finished;
    /** The output items seen so far, in arrival order. */
    private final List<OutputItem> items = new ArrayList<>();
    private int calls;
    /** How many answer deltas (text, refusal, tool calls) were sent: a reasoning item done after one is late. */
    private int answerDeltas;
    /** The item and part whose text or reasoning was sent last; a new one starts after a separator. */
    @Nullable
    private PartKey lastText;
    @Nullable
    private PartKey lastReasoning;
    /** The content sent so far, and where the part whose text was sent last starts, in Unicode characters. */
    private int textLength;
    private int partStart;

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
        int outputIndex = -1;
        /** {@code summary_index} or {@code content_index}: the part of the item a delta extends. */
        int partIndex = -1;
        @Nullable
        String delta;
        @Nullable
        String arguments;
        @Nullable
        Citation annotation;
        @Nullable
        GatewayException error;
        String code = "";
        String message = "";
    }

    /** One output item, found by its output index or, failing that, its id. */
    private static final class OutputItem {
        final int outputIndex;
        final String id;
        final String type;
        /** The answer deltas sent before this item began. */
        final int answerDeltasBefore;
        int callIndex = -1;
        final StringBuilder arguments = new StringBuilder();

        OutputItem(int outputIndex, String id, String type, int answerDeltasBefore) {
            this.outputIndex = outputIndex;
            this.id = id;
            this.type = type;
            this.answerDeltasBefore = answerDeltasBefore;
        }
    }

    /** Where a delta goes: one part of one item. A delta for another item or part starts after a separator. */
    private record PartKey(@Nullable OutputItem item, int outputIndex, String itemId, int part) {
        /** The same tracked item, or, for an item never announced, the same index and id. */
        boolean sameItem(PartKey o) {
            if (item != null || o.item != null) {
                return item == o.item;
            }
            return outputIndex == o.outputIndex && itemId.equals(o.itemId);
        }

        boolean samePart(PartKey o) {
            return sameItem(o) && part == o.part;
        }
    }

    @Override
    public void decode(SseEvent sse, Consumer<ChatCompletionChunk> out) {
        // The terminal event ends the answer; some hosts then send chat's [DONE] (or more) anyway.
        if (finished || sse.isDone()) {
            return;
        }
        final Event e = UpstreamJson.parse(sse.dataBytes(), ResponsesStreamDecoder::read);
        if (e.type.isEmpty() && sse.event() != null) {
            e.type = sse.event();
        }
        switch (e.type) {
            case "response.created":
            case "response.in_progress":
                if (e.response != null) {
                    adopt(e.response);
                }
                sendRole(out);
                break;
            case "response.output_item.added":
                onItemAdded(e, out);
                break;
            case "response.output_text.delta":
                if (e.delta != null && !e.delta.isEmpty()) {
                    final PartKey key = key(e);
                    final boolean newItem = lastText != null && !key.sameItem(lastText);
                    final String content = newItem ? ResponsesResponseDecoder.ITEM_SEPARATOR + e.delta : e.delta;
                    if (lastText == null || !key.samePart(lastText)) {
                        partStart = textLength + content.codePointCount(0, content.length())
                                    - e.delta.codePointCount(0, e.delta.length());
                    }
                    lastText = key;
                    textLength += content.codePointCount(0, content.length());
                    answer(out, Delta.newBuilder().setContent(content));
                }
                break;
            case "response.output_text.annotation.added":
                if (e.annotation != null) {
                    // Its span counts from the start of its own part (the one streamed last).
                    final int offset = lastText != null && key(e).samePart(lastText) ? partStart : textLength;
                    emit(out, Delta.newBuilder().addCitations(e.annotation.toBuilder()
                            .setStartIndex(offset + e.annotation.getStartIndex())
                            .setEndIndex(offset + e.annotation.getEndIndex())));
                }
                break;
            case "response.refusal.delta":
                if (e.delta != null) {
                    answer(out, Delta.newBuilder().setRefusal(e.delta));
                }
                break;
            case "response.reasoning_summary_text.delta":
            case "response.reasoning_text.delta":
                if (e.delta != null && !e.delta.isEmpty()) {
                    if (find(e.outputIndex, e.itemId) == null && (e.outputIndex >= 0 || !e.itemId.isEmpty())) {
                        // Never announced: from here on it is known, so its done can tell whether it came late.
                        items.add(new OutputItem(e.outputIndex, e.itemId, "reasoning", answerDeltas));
                    }
                    final PartKey key = key(e);
                    final boolean newPart = lastReasoning != null && !key.samePart(lastReasoning);
                    lastReasoning = key;
                    emit(out, Delta.newBuilder().setReasoning(
                            newPart ? ResponsesResponseDecoder.ITEM_SEPARATOR + e.delta : e.delta));
                }
                break;
            case "response.function_call_arguments.delta":
                if (e.delta != null) {
                    arguments(find(e.outputIndex, e.itemId), e.delta, out);
                }
                break;
            case "response.function_call_arguments.done":
                argumentsDone(e, out);
                break;
            case "response.output_item.done":
                onItemDone(e, out);
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
                if (!UNUSED.contains(e.type)) {
                    logger.debug("skipping Responses stream event of unknown type '{}'", e.type);
                }
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

    /** The item an event names: by output index when it has one (ids are optional on some hosts), else by id. */
    @Nullable
    private OutputItem find(int outputIndex, String itemId) {
        if (outputIndex >= 0) {
            for (OutputItem i : items) {
                if (i.outputIndex == outputIndex) {
                    return i;
                }
            }
        }
        if (!itemId.isEmpty()) {
            for (OutputItem i : items) {
                if (itemId.equals(i.id)) {
                    return i;
                }
            }
        }
        return null;
    }

    private PartKey key(Event e) {
        return new PartKey(find(e.outputIndex, e.itemId), e.outputIndex, e.itemId, e.partIndex);
    }

    private OutputItem track(Event e, Item item) {
        final OutputItem tracked = new OutputItem(e.outputIndex, item.id, item.type, answerDeltas);
        items.add(tracked);
        return tracked;
    }

    private void onItemAdded(Event e, Consumer<ChatCompletionChunk> out) {
        if (e.item == null) {
            return;
        }
        final OutputItem item = track(e, e.item);
        if ("function_call".equals(item.type)) {
            startCall(item, e.item, out);
        }
    }

    private void startCall(OutputItem item, Item call, Consumer<ChatCompletionChunk> out) {
        item.callIndex = calls++;
        item.arguments.append(call.arguments);
        answer(out, Delta.newBuilder().addToolCalls(ToolCall.newBuilder().setIndex(item.callIndex).setId(call.callId)
                                                            .setType("function").setName(call.name)
                                                            .setArguments(call.arguments)));
    }

    private void onItemDone(Event e, Consumer<ChatCompletionChunk> out) {
        final Item done = e.item;
        if (done == null) {
            return;
        }
        OutputItem item = find(e.outputIndex, done.id);
        if ("function_call".equals(done.type)) {
            // A host that streams no events for a call still says it whole here.
            if (item == null) {
                startCall(track(e, done), done, out);
            } else if (item.arguments.length() == 0 && !done.arguments.isEmpty()) {
                arguments(item, done.arguments, out);
            }
        } else if ("reasoning".equals(done.type)) {
            if (item == null) {
                item = track(e, done);
            }
            // Once answer deltas went out after it, the state would land after the answer (a new thinking
            // block for an Anthropic client): worth it for encrypted content, not for an id alone, which
            // the next turn cannot use without upstream storage (and some hosts' ids are temporary).
            final boolean late = answerDeltas > item.answerDeltasBefore;
            if (!late || done.encryptedContent != null) {
                emit(out, Delta.newBuilder().setReasoningProviderState(done.reasoningPart().getProviderState()));
            }
        }
    }

    private void arguments(@Nullable OutputItem call, String fragment, Consumer<ChatCompletionChunk> out) {
        if (call == null || call.callIndex < 0 || fragment.isEmpty()) {
            return;
        }
        call.arguments.append(fragment);
        answer(out, Delta.newBuilder().addToolCalls(ToolCall.newBuilder().setIndex(call.callIndex)
                                                            .setArguments(fragment)));
    }

    /** Some servers send a call's arguments only here. */
    private void argumentsDone(Event e, Consumer<ChatCompletionChunk> out) {
        final OutputItem call = find(e.outputIndex, e.itemId);
        if (e.arguments != null && call != null && call.arguments.length() == 0) {
            arguments(call, e.arguments, out);
        }
    }

    private void finish(@Nullable Parsed r, Consumer<ChatCompletionChunk> out) {
        sendRole(out);
        FinishReason reason = calls == 0 ? FinishReason.FINISH_REASON_STOP : FinishReason.FINISH_REASON_TOOL_CALLS;
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

    private void answer(Consumer<ChatCompletionChunk> out, Delta.Builder delta) {
        answerDeltas++;
        emit(out, delta);
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
                case "output_index": e.outputIndex = UpstreamJson.intValue(p, -1); break;
                case "summary_index":
                case "content_index": e.partIndex = UpstreamJson.intValue(p, -1); break;
                case "delta": e.delta = UpstreamJson.string(p); break;
                case "arguments": e.arguments = UpstreamJson.string(p); break;
                case "annotation": e.annotation = Item.readUrlCitation(p); break;
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
