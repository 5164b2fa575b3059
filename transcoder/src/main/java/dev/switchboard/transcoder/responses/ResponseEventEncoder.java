package dev.switchboard.transcoder.responses;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.protobuf.ByteString;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.ToolCallIds;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.Citation;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.StoredResponse;
import dev.switchboard.v1.ToolCall;

/**
 * One streamed response → Responses events, numbered by {@code sequence_number}. Canonical chunks
 * carry no item boundaries, so this opens an output item when a new kind of content starts
 * (reasoning, text, a new tool call) and closes the open one first, giving each item OpenAI's
 * added → part/delta → done sequence. Citations become url_citation annotations of the message's
 * text, each announced once its span is known (an Anthropic citation when its text block ends).
 * One encoder per stream; not thread-safe.
 */
public final class ResponseEventEncoder {
    /** One event: its type (the SSE event name) and its JSON. */
    public record Event(String type, byte[] json) {}

    private enum Kind { NONE, REASONING, MESSAGE, CALL }

    private final Consumer<Event> out;
    private int sequence;
    private int outputIndex = -1;
    @Nullable
    private StoredResponse started;
    private Kind open = Kind.NONE;
    // The open item.
    private String itemId = "";
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder refusal = new StringBuilder();
    private boolean partOpen;
    private int reasoningItems;
    private int messageItems;
    private ByteString reasoningState = ByteString.EMPTY;
    private final StreamedCitations spans = new StreamedCitations();
    /** The answer's text before the open message item, in Unicode characters: citation spans count from there. */
    private int messageStart;
    private int textLength;
    private final List<Citation> annotations = new ArrayList<>();
    // Function calls by tool-call index; the open one is {@code call}.
    private final Map<Integer, Call> calls = new HashMap<>();
    @Nullable
    private Call call;

    private static final class Call {
        final String id;
        final String callId;
        final String name;
        final int outputIndex;
        final StringBuilder arguments = new StringBuilder();

        Call(String id, String callId, String name, int outputIndex) {
            this.id = id;
            this.callId = callId;
            this.name = name;
            this.outputIndex = outputIndex;
        }
    }

    public ResponseEventEncoder(Consumer<Event> out) {
        this.out = out;
    }

    /** Whether {@link #started} has run, after which failures are events, not HTTP errors. */
    public boolean hasStarted() {
        return started != null;
    }

    public void started(StoredResponse r) {
        started = r;
        lifecycle("response.created", r, ResponseObjectEncoder.Phase.IN_PROGRESS, null);
        lifecycle("response.in_progress", r, ResponseObjectEncoder.Phase.IN_PROGRESS, null);
    }

    public void chunk(ChatCompletionChunk chunk) {
        if (chunk.getChoicesCount() == 0) {
            // Usage and failover markers: the completed response carries what they say.
            return;
        }
        final Delta d = chunk.getChoices(0).getDelta();
        if (d.hasReasoning() && !d.getReasoning().isEmpty()) {
            reasoningDelta(d.getReasoning());
        }
        if (!d.getReasoningProviderState().isEmpty()) {
            if (open != Kind.REASONING) {
                openReasoning();
            }
            reasoningState = d.getReasoningProviderState();
            close();
        }
        final List<Citation> cited = spans.add(d);
        if (d.hasContent() && !d.getContent().isEmpty()) {
            textDelta(d.getContent());
        }
        cited.forEach(this::annotate);
        if (d.hasRefusal() && !d.getRefusal().isEmpty()) {
            if (open != Kind.MESSAGE) {
                openMessage();
            }
            refusal.append(d.getRefusal());
        }
        for (ToolCall fragment : d.getToolCallsList()) {
            callDelta(fragment);
        }
    }

    /** Closes the open item and sends the whole response: {@code response.completed} or {@code .incomplete}. */
    public void completed(StoredResponse r) {
        close();
        final boolean incomplete = ResponseObjectEncoder.incompleteReason(r) != null;
        lifecycle(incomplete ? "response.incomplete" : "response.completed", r, ResponseObjectEncoder.Phase.DONE,
                  null);
    }

    /** A failure after {@link #started}: an {@code error} event, then {@code response.failed}. */
    public void failed(GatewayException e) {
        final String code = e.code() != null ? e.code() : e.kind().openAiType();
        emit("error", g -> {
            g.writeStringField("code", code);
            g.writeStringField("message", e.getMessage());
            g.writeNullField("param");
            // The nested form is what OpenAI's API sends too (see the recordings).
            g.writeObjectFieldStart("error");
            g.writeStringField("type", e.kind().openAiType());
            g.writeStringField("code", code);
            g.writeStringField("message", e.getMessage());
            g.writeNullField("param");
            g.writeEndObject();
        });
        lifecycle("response.failed", started, ResponseObjectEncoder.Phase.FAILED, e);
    }

    private void lifecycle(String type, StoredResponse r, ResponseObjectEncoder.Phase phase,
                           @Nullable GatewayException error) {
        emit(type, g -> {
            g.writeFieldName("response");
            ResponseObjectEncoder.write(g, r, phase, error);
        });
    }

    private void reasoningDelta(String delta) {
        if (open != Kind.REASONING) {
            openReasoning();
        }
        if (!partOpen) {
            partOpen = true;
            emit("response.reasoning_summary_part.added", g -> {
                itemFields(g);
                g.writeNumberField("summary_index", 0);
                g.writeFieldName("part");
                OutputItems.writeSummaryPart(g, "");
            });
        }
        text.append(delta);
        emit("response.reasoning_summary_text.delta", g -> {
            itemFields(g);
            g.writeNumberField("summary_index", 0);
            g.writeStringField("delta", delta);
        });
    }

    private void textDelta(String delta) {
        if (open != Kind.MESSAGE) {
            openMessage();
        }
        if (!partOpen) {
            partOpen = true;
            emit("response.content_part.added", g -> {
                itemFields(g);
                g.writeNumberField("content_index", 0);
                g.writeFieldName("part");
                OutputItems.writeTextPart(g, "");
            });
        }
        text.append(delta);
        textLength += delta.codePointCount(0, delta.length());
        emit("response.output_text.delta", g -> {
            itemFields(g);
            g.writeNumberField("content_index", 0);
            g.writeStringField("delta", delta);
            g.writeArrayFieldStart("logprobs");
            g.writeEndArray();
        });
    }

    /** A url_citation of the open message's text; a citation of no web page has no Responses form. */
    private void annotate(Citation c) {
        if (open != Kind.MESSAGE || !partOpen || c.getUrl().isEmpty()) {
            return;
        }
        final Citation local = c.toBuilder().setStartIndex(Math.max(0, c.getStartIndex() - messageStart))
                                .setEndIndex(Math.max(0, c.getEndIndex() - messageStart)).build();
        final int index = annotations.size();
        annotations.add(local);
        emit("response.output_text.annotation.added", g -> {
            itemFields(g);
            g.writeNumberField("content_index", 0);
            g.writeNumberField("annotation_index", index);
            g.writeFieldName("annotation");
            OutputItems.writeUrlCitation(g, local);
        });
    }

    private void callDelta(ToolCall fragment) {
        Call c = calls.get(fragment.getIndex());
        if (c == null) {
            close();
            c = new Call(OutputItems.callId(started.getId(), fragment.getIndex()),
                         ToolCallIds.clientId(fragment), fragment.getName(), ++outputIndex);
            calls.put(fragment.getIndex(), c);
            call = c;
            open = Kind.CALL;
            final Call added = c;
            emit("response.output_item.added", g -> {
                g.writeNumberField("output_index", added.outputIndex);
                g.writeFieldName("item");
                OutputItems.writeCall(g, added.id, added.callId, added.name, "", "in_progress");
            });
        }
        if (!fragment.getArguments().isEmpty()) {
            c.arguments.append(fragment.getArguments());
            final Call target = c;
            emit("response.function_call_arguments.delta", g -> {
                g.writeStringField("item_id", target.id);
                g.writeNumberField("output_index", target.outputIndex);
                g.writeStringField("delta", fragment.getArguments());
            });
        }
    }

    private void openReasoning() {
        close();
        open = Kind.REASONING;
        itemId = OutputItems.reasoningId(started.getId(), reasoningItems++);
        outputIndex++;
        emit("response.output_item.added", g -> {
            g.writeNumberField("output_index", outputIndex);
            g.writeFieldName("item");
            OutputItems.writeReasoning(g, itemId, "", null, "in_progress");
        });
    }

    private void openMessage() {
        close();
        open = Kind.MESSAGE;
        messageStart = textLength;
        itemId = OutputItems.messageId(started.getId(), messageItems++);
        outputIndex++;
        emit("response.output_item.added", g -> {
            g.writeNumberField("output_index", outputIndex);
            g.writeFieldName("item");
            OutputItems.writeMessage(g, itemId, null, "", "in_progress");
        });
    }

    /** Finishes the open item with its done events. */
    private void close() {
        final String all = text.toString();
        switch (open) {
            case REASONING:
                if (partOpen) {
                    emit("response.reasoning_summary_text.done", g -> {
                        itemFields(g);
                        g.writeNumberField("summary_index", 0);
                        g.writeStringField("text", all);
                    });
                    emit("response.reasoning_summary_part.done", g -> {
                        itemFields(g);
                        g.writeNumberField("summary_index", 0);
                        g.writeFieldName("part");
                        OutputItems.writeSummaryPart(g, all);
                    });
                }
                final String encrypted = ReasoningState.encode(reasoningState, false);
                emit("response.output_item.done", g -> {
                    g.writeNumberField("output_index", outputIndex);
                    g.writeFieldName("item");
                    OutputItems.writeReasoning(g, itemId, all, encrypted, "completed");
                });
                break;
            case MESSAGE:
                spans.flush().forEach(this::annotate);
                final List<Citation> cited = List.copyOf(annotations);
                if (partOpen) {
                    emit("response.output_text.done", g -> {
                        itemFields(g);
                        g.writeNumberField("content_index", 0);
                        g.writeStringField("text", all);
                        g.writeArrayFieldStart("logprobs");
                        g.writeEndArray();
                    });
                    emit("response.content_part.done", g -> {
                        itemFields(g);
                        g.writeNumberField("content_index", 0);
                        g.writeFieldName("part");
                        OutputItems.writeTextPart(g, all, cited);
                    });
                }
                final String refused = refusal.toString();
                emit("response.output_item.done", g -> {
                    g.writeNumberField("output_index", outputIndex);
                    g.writeFieldName("item");
                    OutputItems.writeMessage(g, itemId, all, cited, refused, "completed");
                });
                break;
            case CALL:
                final Call c = call;
                emit("response.function_call_arguments.done", g -> {
                    g.writeStringField("item_id", c.id);
                    g.writeNumberField("output_index", c.outputIndex);
                    g.writeStringField("name", c.name);
                    g.writeStringField("arguments", c.arguments.toString());
                });
                emit("response.output_item.done", g -> {
                    g.writeNumberField("output_index", c.outputIndex);
                    g.writeFieldName("item");
                    OutputItems.writeCall(g, c.id, c.callId, c.name, c.arguments.toString(), "completed");
                });
                break;
            default:
                break;
        }
        open = Kind.NONE;
        call = null;
        partOpen = false;
        text.setLength(0);
        refusal.setLength(0);
        annotations.clear();
        reasoningState = ByteString.EMPTY;
    }

    private void itemFields(JsonGenerator g) throws IOException {
        g.writeStringField("item_id", itemId);
        g.writeNumberField("output_index", outputIndex);
    }

    private void emit(String type, Json.Writer fields) {
        final int n = sequence++;
        out.accept(new Event(type, Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("type", type);
            g.writeNumberField("sequence_number", n);
            fields.write(g);
            g.writeEndObject();
        })));
    }
}
