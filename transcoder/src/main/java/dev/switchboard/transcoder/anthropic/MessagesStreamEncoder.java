package dev.switchboard.transcoder.anthropic;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.annotation.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.ToolCallIds;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Citation;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.Usage;

/**
 * Turns the canonical chunks of one stream into Anthropic's event sequence: message_start, a ping,
 * then per content block content_block_start, its deltas and content_block_stop, and at the end
 * message_delta (stop_reason and the whole usage) and message_stop. Canonical deltas interleave
 * freely; Anthropic blocks follow one another, so a delta of another kind closes the open block
 * and opens the next; an upstream's own block boundaries (new_text_block) and an Anthropic
 * upstream's server tool blocks and citations are kept as it sent them. A fresh encoder per stream; not thread-safe (one stream's chunks arrive in
 * order).
 */
public final class MessagesStreamEncoder {
    private static final byte[] MESSAGE_STOP = ascii("{\"type\":\"message_stop\"}");
    private static final byte[] PING = ascii("{\"type\":\"ping\"}");
    private static final byte[] THINKING_BLOCK = ascii("{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}");
    private static final byte[] TEXT_BLOCK = ascii("{\"type\":\"text\",\"text\":\"\"}");
    private static final Logger logger = LoggerFactory.getLogger(MessagesStreamEncoder.class);

    private enum Open { NONE, TEXT, THINKING, TOOL, PASS }

    private final String model;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean started;
    private Open open = Open.NONE;
    /** Blocks started so far, which is the next block's index. */
    private int blocks;
    private int openIndex = -1;
    private boolean hasOpen;
    /** Whether the open thinking block already has its signature (a block carries one). */
    private boolean signed;
    private int openTool = -1;
    /** The upstream started a new text block: the next text or citation opens one. */
    private boolean newTextBlock;
    @Nullable
    private String stopReason;
    private String stopSequence = "";
    /** The prompt estimate until the upstream reports its usage, then that usage. */
    private Usage usage;

    public MessagesStreamEncoder(String requestedModel) {
        this(requestedModel, 0);
    }

    /**
     * {@code estimatedInputTokens} is what message_start reports as input_tokens when the first
     * chunk carries no usage (the gateway relays upstream usage at the end of a stream), as
     * Anthropic reports the prompt there; message_delta then carries the exact counts, or the
     * estimate again when the upstream reported none.
     */
    public MessagesStreamEncoder(String requestedModel, int estimatedInputTokens) {
        model = requestedModel;
        usage = Usage.newBuilder().setPromptTokens(Math.max(0, estimatedInputTokens)).build();
    }

    /** The events for one chunk, as SSE bytes; empty when the chunk adds nothing a client sees. */
    public byte[] encode(ChatCompletionChunk chunk) {
        if (chunk.getChoicesCount() == 0 && !chunk.hasUsage()) {
            // A failover notice or an empty keep-alive: Anthropic's format has no place for either.
            return new byte[0];
        }
        if (!started) {
            start(chunk.getId(), chunk.hasUsage() ? chunk.getUsage() : usage);
        }
        if (chunk.hasUsage()) {
            usage = chunk.getUsage();
        }
        for (ChunkChoice choice : chunk.getChoicesList()) {
            if (choice.getIndex() == 0) {
                delta(choice.getDelta(), choice.getFinishReason() == FinishReason.FINISH_REASON_CONTENT_FILTER);
                if (choice.getFinishReason() != FinishReason.FINISH_REASON_UNSPECIFIED) {
                    stopReason = MessagesWire.stopReason(choice.getFinishReason(), choice.getStopSequence());
                    stopSequence = choice.getStopSequence();
                    close();
                }
            }
        }
        return drain();
    }

    /** The closing events: message_delta with the stop reason and the usage, then message_stop. */
    public byte[] finish() {
        if (!started) {
            start("", usage);
        }
        close();
        event("message_delta", Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("type", "message_delta");
            g.writeObjectFieldStart("delta");
            g.writeStringField("stop_reason", stopReason == null ? "end_turn" : stopReason);
            MessagesWire.writeStopSequence(g, stopSequence);
            g.writeEndObject();
            MessagesWire.writeUsage(g, usage);
            g.writeEndObject();
        }));
        event("message_stop", MESSAGE_STOP);
        return drain();
    }

    /** The {@code error} event that ends a stream which failed after it started. */
    public static byte[] error(ErrorKind kind, String message) {
        return frame("error", MessagesWire.errorBody(kind, message));
    }

    private void start(String upstreamId, Usage u) {
        started = true;
        final String id = MessagesWire.messageId(upstreamId);
        event("message_start", Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("type", "message_start");
            g.writeObjectFieldStart("message");
            g.writeStringField("id", id);
            g.writeStringField("type", "message");
            g.writeStringField("role", "assistant");
            g.writeStringField("model", model);
            g.writeArrayFieldStart("content");
            g.writeEndArray();
            g.writeNullField("stop_reason");
            g.writeNullField("stop_sequence");
            MessagesWire.writeUsage(g, u);
            g.writeEndObject();
            g.writeEndObject();
        }));
        event("ping", PING);
    }

    /** Reasoning, then its signature, then text, then tool calls: the order the blocks belong in. */
    private void delta(Delta d, boolean filtered) {
        if (d.hasReasoning() && !d.getReasoning().isEmpty()) {
            if (open != Open.THINKING || signed) {
                openBlock(Open.THINKING, THINKING_BLOCK);
            }
            blockDelta("thinking_delta", "thinking", d.getReasoning());
        }
        if (!d.getReasoningProviderState().isEmpty()) {
            state(ThinkingState.encode(d.getReasoningProviderState()));
        }
        if (d.hasBlock() && AnthropicPassThrough.isOwn(d.getBlock())) {
            // A text block that starts with its citations is a text block all the same.
            openBlock("text".equals(d.getBlock().getType()) ? Open.TEXT : Open.PASS,
                      d.getBlock().getJson().getBytes(StandardCharsets.UTF_8));
        }
        if (d.hasBlockDelta() && AnthropicPassThrough.isOwn(d.getBlockDelta()) && open == Open.PASS) {
            rawDelta(d.getBlockDelta().getJson());
        }
        if (d.getNewTextBlock()) {
            newTextBlock = true;
        }
        for (Citation c : d.getCitationsList()) {
            if (c.hasOriginal() && AnthropicPassThrough.isOwn(c.getOriginal())) {
                openText();
                rawDelta("{\"type\":\"citations_delta\",\"citation\":" + c.getOriginal().getJson() + '}');
            }
        }
        if (d.hasContent() && !d.getContent().isEmpty()) {
            text(d.getContent());
        }
        // As in a whole response: an Anthropic refusal's explanation (on the filtered finish) is not content.
        if (d.hasRefusal() && !d.getRefusal().isEmpty() && !filtered) {
            text(d.getRefusal());
        }
        for (ToolCall call : d.getToolCallsList()) {
            toolCall(call);
        }
    }

    /** A signature closes the thinking before it; alone (Gemini signs text parts) it is a block of its own. */
    private void state(ThinkingState.Wire state) {
        if (state.redacted()) {
            final String data = state.value();
            openBlock(Open.NONE, Json.write(g -> {
                g.writeStartObject();
                g.writeStringField("type", "redacted_thinking");
                g.writeStringField("data", data);
                g.writeEndObject();
            }));
            close();
            return;
        }
        if (open != Open.THINKING || signed) {
            openBlock(Open.THINKING, THINKING_BLOCK);
        }
        blockDelta("signature_delta", "signature", state.value());
        signed = true;
    }

    private void text(String text) {
        openText();
        blockDelta("text_delta", "text", text);
    }

    /** Opens a text block unless one is open and the upstream did not start another. */
    private void openText() {
        if (open != Open.TEXT || newTextBlock) {
            openBlock(Open.TEXT, TEXT_BLOCK);
        }
        newTextBlock = false;
    }

    /** A delta of the open block, written as the upstream wrote it (it is Anthropic's own JSON). */
    private void rawDelta(String delta) {
        event("content_block_delta", ("{\"type\":\"content_block_delta\",\"index\":" + openIndex + ",\"delta\":" + delta
                                      + '}').getBytes(StandardCharsets.UTF_8));
    }

    /** A fragment with an id or name starts a call; later fragments of the open call are its arguments. */
    private void toolCall(ToolCall call) {
        final boolean starts = !call.getId().isEmpty() || !call.getName().isEmpty();
        if (starts && (open != Open.TOOL || openTool != call.getIndex())) {
            final String id = ToolCallIds.clientId(call);
            final String name = call.getName();
            openBlock(Open.TOOL, Json.write(g -> {
                g.writeStartObject();
                g.writeStringField("type", "tool_use");
                g.writeStringField("id", id);
                g.writeStringField("name", name);
                g.writeObjectFieldStart("input");
                g.writeEndObject();
                g.writeEndObject();
            }));
            openTool = call.getIndex();
        }
        if (call.getArguments().isEmpty()) {
            return;
        }
        if (open == Open.TOOL && openTool == call.getIndex()) {
            blockDelta("input_json_delta", "partial_json", call.getArguments());
        } else {
            // Anthropic blocks cannot interleave; no upstream we read sends a closed call more arguments.
            logger.debug("dropping arguments for tool call {} after its block closed", call.getIndex());
        }
    }

    private void openBlock(Open kind, byte[] block) {
        close();
        final int index = blocks++;
        final byte[] head = ("{\"type\":\"content_block_start\",\"index\":" + index + ",\"content_block\":")
                .getBytes(StandardCharsets.US_ASCII);
        final byte[] json = new byte[head.length + block.length + 1];
        System.arraycopy(head, 0, json, 0, head.length);
        System.arraycopy(block, 0, json, head.length, block.length);
        json[json.length - 1] = '}';
        event("content_block_start", json);
        open = kind;
        signed = false;
        // A block opened as NONE (redacted thinking) is open until close() all the same.
        openIndex = index;
        hasOpen = true;
    }

    private void blockDelta(String type, String field, String value) {
        final int index = openIndex;
        event("content_block_delta", Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("type", "content_block_delta");
            g.writeNumberField("index", index);
            g.writeObjectFieldStart("delta");
            g.writeStringField("type", type);
            g.writeStringField(field, value);
            g.writeEndObject();
            g.writeEndObject();
        }));
    }

    private void close() {
        if (!hasOpen) {
            return;
        }
        event("content_block_stop", ("{\"type\":\"content_block_stop\",\"index\":" + openIndex + '}')
                .getBytes(StandardCharsets.US_ASCII));
        hasOpen = false;
        open = Open.NONE;
        openTool = -1;
    }

    private void event(String name, byte[] json) {
        out.writeBytes(frame(name, json));
    }

    /** {@code event: <name>\ndata: <json>\n\n}; Anthropic's clients dispatch on the event line. */
    private static byte[] frame(String name, byte[] json) {
        final byte[] head = ("event: " + name + "\ndata: ").getBytes(StandardCharsets.US_ASCII);
        final byte[] frame = new byte[head.length + json.length + 2];
        System.arraycopy(head, 0, frame, 0, head.length);
        System.arraycopy(json, 0, frame, head.length, json.length);
        frame[frame.length - 2] = '\n';
        frame[frame.length - 1] = '\n';
        return frame;
    }

    private byte[] drain() {
        final byte[] bytes = out.toByteArray();
        out.reset();
        return bytes;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
