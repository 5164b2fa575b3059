package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParser;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonStringBytes;
import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.TextEventShortcut;
import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/**
 * Turns one Messages API stream into canonical chunks. Events are told apart by their JSON
 * {@code type}, never by the SSE event name: recordings and some proxies drop the {@code event:}
 * lines. Content blocks are tracked by their upstream index; tool calls get our own positions
 * 0, 1, 2… in order of appearance.
 *
 * <p>Text deltas, most of a streamed answer, skip the parser once one has been parsed: their
 * bytes differ only in the text, so {@link TextEventShortcut} matches the bytes around it and
 * hands back the chunk of the last one with the new text. What the parser would do with such an
 * event depends on nothing but the text: its type, index and delta type sit in the matched bytes,
 * it touches no state here (no usage, no block, the role was sent with {@code message_start}),
 * and an empty text, which the parser drops, is dropped here too. {@code AnthropicShortcutTest}
 * replays every recorded stream both ways.
 */
final class AnthropicStreamDecoder implements StreamDecoder {
    private static final Logger logger = LoggerFactory.getLogger(AnthropicStreamDecoder.class);
    private static final byte[] TEXT_KEY = "\"text\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] USAGE_KEY = "\"usage\"".getBytes(StandardCharsets.US_ASCII);

    private enum Kind { TEXT, THINKING, TOOL, ANSWER, PASS, IGNORED }

    /** What one open content block is, and whether its call got any arguments yet. */
    private static final class Block {
        final Kind kind;
        final int toolIndex;
        /** Arguments given whole in content_block_start; used only if no delta brings any. */
        final String startInput;
        /** For the wrapped answer tool: takes the answer out of its input. */
        @Nullable
        final WrappedAnswer wrapped;
        boolean hasArguments;

        Block(Kind kind, int toolIndex, String startInput) {
            this(kind, toolIndex, startInput, null);
        }

        Block(Kind kind, int toolIndex, String startInput, @Nullable WrappedAnswer wrapped) {
            this.kind = kind;
            this.toolIndex = toolIndex;
            this.startInput = startInput;
            this.wrapped = wrapped;
        }
    }

    private final Map<Integer, Block> blocks = new HashMap<>();
    private final AnthropicUsage usage = new AnthropicUsage();
    private final long created;
    private String id = "";
    private String model;
    private boolean roleSent;
    private int tools;
    private boolean finishSent;
    private boolean finished;
    /** A text block started and none of its text or citations went out yet. */
    private boolean newTextBlock;

    @Nullable
    private final TextEventShortcut shortcut;
    private final JsonStringBytes strings = new JsonStringBytes();

    AnthropicStreamDecoder(String model, Clock clock) {
        this(model, clock, true);
    }

    /** {@code shortcut} false parses every event (the tests compare the two). */
    AnthropicStreamDecoder(String model, Clock clock, boolean shortcut) {
        this.model = model;
        created = clock.instant().getEpochSecond();
        this.shortcut = shortcut ? new TextEventShortcut() : null;
    }

    int shortcutHits() {
        return shortcut == null ? 0 : shortcut.hits();
    }

    @Override
    public void decode(SseEvent event, Consumer<ChatCompletionChunk> out) {
        if (finished) {
            return;
        }
        final byte[] bytes = event.dataBytes();
        // The first text of a block carries the block's start, which the shortcut's chunk does not.
        final ChatCompletionChunk known = shortcut == null || newTextBlock ? null : shortcut.decode(bytes);
        if (known != null) {
            if (!known.getChoices(0).getDelta().getContent().isEmpty()) {
                out.accept(known);
            }
            return;
        }
        final String data = event.data().strip();
        if (data.isEmpty()) {
            return;
        }
        final AnthropicWire.Event e = UpstreamJson.parse(data, this::read);
        switch (e.type()) {
            case "message_start":
                if (e.message() != null) {
                    if (!e.message().id().isEmpty()) {
                        id = e.message().id();
                    }
                    if (!e.message().model().isEmpty()) {
                        model = e.message().model();
                    }
                }
                out.accept(chunk(Delta.newBuilder()));
                break;
            case "content_block_start":
                if (e.block() != null) {
                    start(e.index(), e.block(), out);
                }
                break;
            case "content_block_delta":
                if (e.delta() != null) {
                    delta(e.index(), e.delta(), out, bytes);
                }
                break;
            case "content_block_stop":
                stop(e.index(), out);
                break;
            case "message_delta":
                if (e.delta() != null && e.delta().stopReason() != null) {
                    finish(e.delta().stopReason(), e.delta().stopExplanation(), e.delta().stopSequence(), out);
                }
                break;
            case "message_stop":
                if (!finishSent) {
                    finish(null, "", "", out);
                }
                if (usage.seen()) {
                    out.accept(base().setUsage(usage.toCanonical()).build());
                }
                finished = true;
                break;
            case "error":
                throw AnthropicErrors.inBody(e.error());
            case "ping":
                break;
            default:
                logger.debug("skipping Anthropic stream event of type '{}'", e.type());
                break;
        }
    }

    @Override
    public boolean finished() {
        return finished;
    }

    private AnthropicWire.Event read(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            throw new GatewayException(ErrorKind.UPSTREAM_ERROR,
                                       "upstream returned malformed JSON: expected an object in the stream");
        }
        return AnthropicWire.readEvent(p, usage);
    }

    private void start(int index, AnthropicWire.Part b, Consumer<ChatCompletionChunk> out) {
        switch (b.type()) {
            case "text": {
                blocks.put(index, new Block(Kind.TEXT, -1, ""));
                if (b.hasCitations()) {
                    // A cited block starts with its (empty) citations: passed on as written, and
                    // it is the text block the next text and citations go to.
                    newTextBlock = false;
                    out.accept(chunk(Delta.newBuilder().setBlock(AnthropicPassThrough.block(b.type(), b.raw()))));
                } else {
                    // Every text block is its own, as Anthropic split them: the first text of this
                    // one says so.
                    newTextBlock = true;
                }
                final Delta.Builder d = Delta.newBuilder();
                if (!b.text().isEmpty()) {
                    d.setContent(b.text());
                }
                if (d.hasContent()) {
                    out.accept(textChunk(d));
                }
                break;
            }
            case "thinking": {
                blocks.put(index, new Block(Kind.THINKING, -1, ""));
                final Delta.Builder d = Delta.newBuilder();
                if (!b.thinking().isEmpty()) {
                    d.setReasoning(b.thinking());
                }
                if (!b.signature().isEmpty()) {
                    d.setReasoningProviderState(AnthropicNames.state(b.signature()));
                }
                if (d.hasReasoning() || !d.getReasoningProviderState().isEmpty()) {
                    out.accept(chunk(d));
                }
                break;
            }
            case "redacted_thinking":
                // Arrives whole; its data is opaque state with no text.
                blocks.put(index, new Block(Kind.IGNORED, -1, ""));
                out.accept(chunk(Delta.newBuilder().setReasoningProviderState(AnthropicNames.redactedState(b.data()))));
                break;
            case "tool_use": {
                final String input = b.input() == null || "{}".equals(b.input()) ? "" : b.input();
                if (AnthropicNames.isAnswerTool(b.name())) {
                    blocks.put(index, new Block(Kind.ANSWER, -1, input,
                                                AnthropicNames.isWrappedAnswerTool(b.name()) ? new WrappedAnswer()
                                                                                             : null));
                    break;
                }
                final int toolIndex = tools++;
                blocks.put(index, new Block(Kind.TOOL, toolIndex, input));
                out.accept(chunk(Delta.newBuilder().addToolCalls(
                        ToolCall.newBuilder().setIndex(toolIndex).setId(b.id()).setType("function")
                                .setName(b.name()).setArguments(""))));
                break;
            }
            default:
                // A server tool block (server_tool_use, web_search_tool_result…): passed on as written.
                blocks.put(index, new Block(Kind.PASS, -1, ""));
                out.accept(chunk(Delta.newBuilder().setBlock(AnthropicPassThrough.block(b.type(), b.raw()))));
                break;
        }
    }

    private void delta(int index, AnthropicWire.Part d, Consumer<ChatCompletionChunk> out, byte[] bytes) {
        final Block block = blocks.get(index);
        switch (d.type()) {
            case "text_delta":
                if (!d.text().isEmpty()) {
                    final ChatCompletionChunk chunk = textChunk(Delta.newBuilder().setContent(d.text()));
                    learn(bytes, chunk, d.text());
                    out.accept(chunk);
                }
                break;
            case "input_json_delta":
                if (block != null && block.kind == Kind.PASS) {
                    // A server_tool_use's input, every fragment as the upstream sent it.
                    final String partial = d.partialJson();
                    out.accept(chunk(Delta.newBuilder().setBlockDelta(AnthropicPassThrough.block(
                            d.type(), new String(Json.write(g -> {
                                g.writeStartObject();
                                g.writeStringField("type", "input_json_delta");
                                g.writeStringField("partial_json", partial);
                                g.writeEndObject();
                            }), StandardCharsets.UTF_8)))));
                    break;
                }
                // The first fragment is often "": it says nothing, and an all-empty call is {}.
                if (block == null || d.partialJson().isEmpty()) {
                    break;
                }
                block.hasArguments = true;
                arguments(block, d.partialJson(), out);
                break;
            case "thinking_delta":
                if (!d.thinking().isEmpty()) {
                    out.accept(chunk(Delta.newBuilder().setReasoning(d.thinking())));
                }
                break;
            case "signature_delta":
                if (!d.signature().isEmpty()) {
                    out.accept(chunk(Delta.newBuilder()
                                          .setReasoningProviderState(AnthropicNames.state(d.signature()))));
                }
                break;
            case "citations_delta": {
                final Delta.Builder cited = Delta.newBuilder();
                // The cited text follows the citation, so its span is not known yet: 0 to 0.
                for (String citation : d.citations()) {
                    cited.addCitations(AnthropicPassThrough.citation(citation, 0));
                }
                if (cited.getCitationsCount() > 0) {
                    out.accept(textChunk(cited));
                }
                break;
            }
            default:
                logger.debug("skipping Anthropic delta of type '{}'", d.type());
                break;
        }
    }

    /**
     * Hands a parsed text delta to the shortcut, with where its text string is: the one
     * {@code "text":"} in the bytes (unescaped quotes can only be structure), checked to hold the
     * text the parser read. Not when the event says anything else the parser acts on: a usage
     * object, or the role (the chunk that carries it is the first, and only once).
     */
    private void learn(byte[] bytes, ChatCompletionChunk chunk, String text) {
        if (shortcut == null || chunk.getChoices(0).getDelta().getRole() != Role.ROLE_UNSPECIFIED
            || indexOf(bytes, USAGE_KEY, 0) >= 0) {
            return;
        }
        final int key = indexOf(bytes, TEXT_KEY, 0);
        if (key < 0 || indexOf(bytes, TEXT_KEY, key + 1) >= 0) {
            return;
        }
        final int open = key + TEXT_KEY.length - 1;
        if (!text.equals(strings.read(bytes, open + 1, bytes.length))) {
            return;
        }
        // The block's first text says the block starts; the texts after it, which reuse this, do not.
        final ChatCompletionChunk template = chunk.getChoices(0).getDelta().getNewTextBlock()
                ? chunk.toBuilder().setChoices(0, chunk.getChoices(0).toBuilder().setDelta(
                        chunk.getChoices(0).getDelta().toBuilder().clearNewTextBlock())).build()
                : chunk;
        shortcut.learn(bytes, template, false, open, strings.end() + 1, -1, -1);
    }

    private static int indexOf(byte[] data, byte[] part, int from) {
        outer:
        for (int i = from; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void stop(int index, Consumer<ChatCompletionChunk> out) {
        final Block block = blocks.remove(index);
        if (block == null || block.hasArguments || block.kind != Kind.TOOL && block.kind != Kind.ANSWER) {
            return;
        }
        block.hasArguments = true;
        arguments(block, block.startInput.isEmpty() ? "{}" : block.startInput, out);
    }

    /**
     * A tool call's next fragment; the answer tool's input is the answer text itself (for the
     * wrapped one, the part of its value the fragment holds, if any).
     */
    private void arguments(Block block, String json, Consumer<ChatCompletionChunk> out) {
        if (block.kind == Kind.ANSWER) {
            final String text = block.wrapped == null ? json : block.wrapped.feed(json);
            if (!text.isEmpty()) {
                out.accept(chunk(Delta.newBuilder().setContent(text)));
            }
            return;
        }
        out.accept(chunk(Delta.newBuilder().addToolCalls(
                ToolCall.newBuilder().setIndex(block.toolIndex).setArguments(json))));
    }

    private void finish(@Nullable String stopReason, String explanation, String stopSequence,
                        Consumer<ChatCompletionChunk> out) {
        if (finishSent) {
            return;
        }
        finishSent = true;
        FinishReason reason = AnthropicNames.finishReason(stopReason);
        if (reason == FinishReason.FINISH_REASON_TOOL_CALLS && tools == 0) {
            // Only the json_schema answer tool was called: to the client that is a plain answer.
            reason = FinishReason.FINISH_REASON_STOP;
        }
        final Delta.Builder d = Delta.newBuilder();
        if ("refusal".equals(stopReason) && !explanation.isEmpty()) {
            d.setRefusal(explanation);
        }
        final ChatCompletionChunk.Builder c = base().addChoices(
                ChunkChoice.newBuilder().setIndex(0).setDelta(withRole(d)).setFinishReason(reason)
                           .setStopSequence(stopSequence));
        out.accept(c.build());
    }

    /** A chunk of a text block; the first of its block says the block is a new one. */
    private ChatCompletionChunk textChunk(Delta.Builder d) {
        if (newTextBlock) {
            newTextBlock = false;
            d.setNewTextBlock(true);
        }
        return chunk(d);
    }

    private ChatCompletionChunk chunk(Delta.Builder d) {
        return base().addChoices(ChunkChoice.newBuilder().setIndex(0).setDelta(withRole(d))).build();
    }

    private Delta.Builder withRole(Delta.Builder d) {
        if (!roleSent) {
            roleSent = true;
            d.setRole(Role.ROLE_ASSISTANT);
        }
        return d;
    }

    private ChatCompletionChunk.Builder base() {
        return ChatCompletionChunk.newBuilder().setId(id).setModel(model).setCreated(created);
    }
}
