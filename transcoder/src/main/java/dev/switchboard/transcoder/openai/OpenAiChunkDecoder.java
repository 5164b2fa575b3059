package dev.switchboard.transcoder.openai;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.common.TextEventShortcut;
import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.Usage;

/**
 * Reads the {@code data:} payloads of one upstream chat-completions stream, leniently. It holds the
 * per-choice tool-call numbering of the stream and the {@link TextEventShortcut} for its text
 * events, so each stream needs a new instance; not thread-safe.
 */
public final class OpenAiChunkDecoder {
    private final Map<Integer, ToolCallIndexer> indexers = new HashMap<>();
    @Nullable
    private final TextEventShortcut shortcut;
    // Where the last event's text (its content, or its reasoning) and top-level obfuscation padding
    // were, for the shortcut.
    private int textStart = -1;
    private int textEnd = -1;
    private boolean textIsReasoning;
    private int paddingStart = -1;
    private int paddingEnd = -1;

    public OpenAiChunkDecoder() {
        this(true);
    }

    /** {@code shortcut} false decodes every event with the parser (the tests compare the two). */
    public OpenAiChunkDecoder(boolean shortcut) {
        this.shortcut = shortcut ? new TextEventShortcut() : null;
    }

    int shortcutHits() {
        return shortcut == null ? 0 : shortcut.hits();
    }

    /**
     * Decodes one payload. Returns null for {@code [DONE]} and for payloads that carry neither a choice
     * nor usage (Azure's leading prompt-filter chunk, keep-alives).
     *
     * @throws GatewayException an upstream error for malformed JSON or an error object in the stream
     */
    @Nullable
    public ChatCompletionChunk decode(String data) {
        final String trimmed = data.strip();
        if (trimmed.isEmpty() || "[DONE]".equals(trimmed)) {
            return null;
        }
        return UpstreamJson.parse(trimmed, this::read);
    }

    /** {@link #decode(String)} from the payload's UTF-8 bytes, the faster input for the parser. */
    @Nullable
    public ChatCompletionChunk decode(byte[] data) {
        int from = 0;
        while (from < data.length && (data[from] == ' ' || data[from] == '\n' || data[from] == '\r'
                                      || data[from] == '\t')) {
            from++;
        }
        if (from == data.length) {
            return null;
        }
        // [DONE] is the caller's business (OpenAiFormat checks it first); anything else is JSON.
        final ChatCompletionChunk known = shortcut == null ? null : shortcut.decode(data);
        if (known != null) {
            return known;
        }
        textStart = -1;
        textIsReasoning = false;
        paddingStart = -1;
        final ChatCompletionChunk chunk = UpstreamJson.parse(data, this::read);
        if (shortcut != null && chunk != null && textStart >= 0 && OpenAiChunkEncoder.textOnly(chunk)
            && chunk.getChoices(0).getDelta().hasReasoning() == textIsReasoning) {
            shortcut.learn(data, chunk, textIsReasoning, textStart, textEnd, paddingStart, paddingEnd);
        }
        return chunk;
    }

    @Nullable
    private ChatCompletionChunk read(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            throw new GatewayException(ErrorKind.UPSTREAM_ERROR,
                                       "upstream returned malformed JSON: expected an object in the stream");
        }
        final ChatCompletionChunk.Builder c = ChatCompletionChunk.newBuilder();
        Usage groqUsage = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id":
                    c.setId(UpstreamJson.stringOrEmpty(p));
                    break;
                case "created":
                    c.setCreated(UpstreamJson.longValue(p, 0));
                    break;
                case "model":
                    c.setModel(UpstreamJson.stringOrEmpty(p));
                    break;
                case "system_fingerprint":
                    c.setSystemFingerprint(UpstreamJson.stringOrEmpty(p));
                    break;
                case "service_tier":
                    c.setServiceTier(UpstreamJson.stringOrEmpty(p));
                    break;
                case "choices":
                    if (UpstreamJson.isArray(p)) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            readChoice(p, c);
                        }
                    }
                    break;
                case "usage": {
                    final Usage usage = OpenAiUsage.read(p);
                    if (usage != null) {
                        c.setUsage(usage);
                    }
                    break;
                }
                case "x_groq":
                    groqUsage = readGroq(p);
                    break;
                case "obfuscation":
                    // OpenAI's per-event padding, different in every event: the shortcut skips it.
                    if (p.hasToken(JsonToken.VALUE_STRING)) {
                        paddingStart = (int) p.currentTokenLocation().getByteOffset();
                        p.getText();
                        paddingEnd = (int) p.currentLocation().getByteOffset();
                    } else {
                        p.skipChildren();
                    }
                    break;
                case "error":
                    if (!p.hasToken(JsonToken.VALUE_NULL)) {
                        // OpenRouter and vLLM report failures after the first chunk this way.
                        throw OpenAiErrors.inBody(JsonValues.readValue(p));
                    }
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        if (!c.hasUsage() && groqUsage != null) {
            c.setUsage(groqUsage);
        }
        return c.getChoicesCount() == 0 && !c.hasUsage() ? null : c.build();
    }

    /** Groq puts usage in {@code x_groq.usage} on the last chunk (newer versions also at the top). */
    @Nullable
    private static Usage readGroq(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return null;
        }
        Usage usage = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("usage".equals(field)) {
                usage = OpenAiUsage.read(p);
            } else {
                p.skipChildren();
            }
        }
        return usage;
    }

    /** A tool-call fragment before it gets our position; the choice index may come after the delta. */
    private record Fragment(@Nullable Integer index, ToolCall.Builder call) {}

    private void readChoice(JsonParser p, ChatCompletionChunk.Builder c) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return;
        }
        final ChunkChoice.Builder choice = ChunkChoice.newBuilder().setIndex(c.getChoicesCount());
        final Delta.Builder delta = Delta.newBuilder();
        final List<Fragment> fragments = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "index":
                    choice.setIndex(UpstreamJson.intValue(p, choice.getIndex()));
                    break;
                case "delta":
                    if (UpstreamJson.isObject(p)) {
                        readDelta(p, delta, fragments);
                    }
                    break;
                case "finish_reason": {
                    // Unknown non-null values still end the choice; null means it goes on.
                    final String name = UpstreamJson.string(p);
                    final FinishReason known = OpenAiNames.finishReason(name);
                    if (known != null) {
                        choice.setFinishReason(known);
                    } else if (name != null) {
                        choice.setFinishReason(FinishReason.FINISH_REASON_STOP);
                    }
                    break;
                }
                case "logprobs":
                    if (!p.hasToken(JsonToken.VALUE_NULL)) {
                        choice.setLogprobs(JsonValues.readValue(p));
                    }
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        if (!fragments.isEmpty()) {
            final ToolCallIndexer indexer = indexers.computeIfAbsent(choice.getIndex(), i -> new ToolCallIndexer());
            for (Fragment f : fragments) {
                delta.addToolCalls(f.call().setIndex(indexer.position(f.index(), f.call().getId())));
            }
        }
        c.addChoices(choice.setDelta(delta));
    }

    private void readDelta(JsonParser p, Delta.Builder delta, List<Fragment> fragments) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "role": {
                    final String name = UpstreamJson.string(p);
                    final Role role = name == null ? null : OpenAiNames.role(name);
                    if (role != null) {
                        delta.setRole(role);
                    }
                    break;
                }
                case "content": {
                    // The shortcut needs the string that ends up as the content: the last one.
                    final long start = p.currentTokenLocation().getByteOffset();
                    final boolean string = p.hasToken(JsonToken.VALUE_STRING);
                    final String s = UpstreamJson.string(p);
                    if (string) {
                        text(false, start, p);
                    } else if (!textIsReasoning) {
                        textStart = -1;
                    }
                    if (s != null) {
                        delta.setContent(s);
                    }
                    break;
                }
                case "refusal": {
                    final String s = UpstreamJson.string(p);
                    if (s != null) {
                        delta.setRefusal(s);
                    }
                    break;
                }
                case "reasoning_content":
                case "reasoning": {
                    // Some servers send both names with the same text; the first one wins.
                    final long start = p.currentTokenLocation().getByteOffset();
                    final boolean string = p.hasToken(JsonToken.VALUE_STRING);
                    final String s = UpstreamJson.string(p);
                    if (s != null && !delta.hasReasoning()) {
                        delta.setReasoning(s);
                        if (string) {
                            text(true, start, p);
                        }
                    }
                    break;
                }
                case "tool_calls":
                    if (UpstreamJson.isArray(p)) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            final Fragment f = readFragment(p);
                            if (f != null) {
                                fragments.add(f);
                            }
                        }
                    }
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
    }

    /** Records the string just read, from {@code start} to the parser's position, as the event's text. */
    private void text(boolean reasoning, long start, JsonParser p) {
        textIsReasoning = reasoning;
        textStart = (int) start;
        textEnd = (int) p.currentLocation().getByteOffset();
    }

    @Nullable
    private static Fragment readFragment(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return null;
        }
        final ToolCall.Builder call = ToolCall.newBuilder();
        Integer index = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "index":
                    if (p.currentToken().isNumeric()) {
                        index = p.getValueAsInt();
                    } else {
                        p.skipChildren();
                    }
                    break;
                case "id":
                    call.setId(UpstreamJson.stringOrEmpty(p));
                    break;
                case "type":
                    call.setType(UpstreamJson.stringOrEmpty(p));
                    break;
                case "function":
                    if (UpstreamJson.isObject(p)) {
                        OpenAiChatResponseDecoder.readFunction(p, call);
                    }
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        return new Fragment(index, call);
    }
}
