package dev.switchboard.transcoder.common;

import java.util.Arrays;
import javax.annotation.Nullable;

import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Delta;

/**
 * Decodes a stream's text events without a parser. Most of a streamed answer is events that differ
 * from the one before only in their text, content or reasoning (and, from OpenAI, in an
 * {@code obfuscation} padding string). The decoder hands over each text-only event it parsed, with
 * where its text string and padding were; when the next event has the same bytes before its text,
 * between text and padding, and after the padding, it decodes to that chunk with the new text.
 *
 * <p>Why that is exact: equal bytes before the string leave a parser in the same state; the text is
 * checked to be one complete JSON string (anything unusual is left to the parser); the padding is a
 * field the decoder skips, so only its well-formedness matters; equal bytes after it end the parse
 * the same way. Whitespace after the text is compared loosely only where the rest is closing
 * brackets (no padding): between those it means nothing to a parser, and Anthropic pads its events
 * with a different amount of it each time. {@code OpenAiChunkShortcutTest} replays every recorded
 * stream both ways.
 *
 * <p>The Anthropic stream decoder uses it too, for {@code text_delta} events (see there).
 */
public final class TextEventShortcut {
    private final JsonStringBytes strings = new JsonStringBytes();
    /** Up to and including the text's opening quote. */
    private byte[] head = new byte[0];
    /** From the text's closing quote to the end, or to the padding's opening quote included. */
    private byte[] middle = new byte[0];
    /**
     * The middle without its whitespace, when it is only closing brackets after the text (no
     * padding): whitespace between those means nothing to a parser, and Anthropic varies it.
     */
    @Nullable
    private byte[] closers;
    /** From the padding's closing quote to the end; null when the event had no padding. */
    @Nullable
    private byte[] tail;
    @Nullable
    private ChatCompletionChunk template;
    /** The text is the delta's reasoning, not its content. */
    private boolean reasoning;
    /** Events decoded here (the tests check the shortcut is taken). */
    private int hits;

    /** How many events were decoded here (the tests check the shortcut is taken). */
    public int hits() {
        return hits;
    }

    /**
     * Remembers a text-only event; {@code textStart}/{@code textEnd} span its text string (its
     * content, or with {@code reasoning} its reasoning) with the quotes, {@code paddingStart}/{@code
     * paddingEnd} its padding string (or -1).
     */
    public void learn(byte[] data, ChatCompletionChunk chunk, boolean reasoning, int textStart, int textEnd,
               int paddingStart, int paddingEnd) {
        this.reasoning = reasoning;
        final boolean padded = paddingStart > textEnd;
        head = Arrays.copyOfRange(data, 0, textStart + 1);
        middle = Arrays.copyOfRange(data, textEnd - 1, padded ? paddingStart + 1 : data.length);
        tail = padded ? Arrays.copyOfRange(data, paddingEnd - 1, data.length) : null;
        closers = padded ? null : closers(middle);
        template = chunk;
    }

    /** The chunk {@code data} decodes to, or null when it is not shaped like the last text event. */
    @Nullable
    public ChatCompletionChunk decode(byte[] data) {
        final ChatCompletionChunk t = template;
        if (t == null || !startsWith(data, 0, head)) {
            return null;
        }
        final String text = strings.read(data, head.length, data.length);
        if (text == null) {
            return null;
        }
        final int afterText = strings.end();
        if (closers != null) {
            if (!matchesLoosely(data, afterText, closers)) {
                return null;
            }
            hits++;
            return withText(t, reasoning, text);
        }
        if (!startsWith(data, afterText, middle)) {
            return null;
        }
        int end = afterText + middle.length;
        if (tail != null) {
            final int closing = skipPadding(data, end);
            if (closing < 0 || !startsWith(data, closing, tail)) {
                return null;
            }
            end = closing + tail.length;
        }
        if (end != data.length) {
            return null;
        }
        hits++;
        return withText(t, reasoning, text);
    }

    /** {@code middle} without whitespace if it is a closing quote, then only '}', ']' and whitespace; else null. */
    @Nullable
    private static byte[] closers(byte[] middle) {
        final byte[] out = new byte[middle.length];
        int n = 0;
        for (int i = 0; i < middle.length; i++) {
            final byte b = middle[i];
            if (i == 0 ? b != '"' : b != '}' && b != ']' && !isWhitespace(b)) {
                return null;
            }
            if (!isWhitespace(b)) {
                out[n++] = b;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether {@code data} from {@code from} is {@code closers} with any whitespace around them. */
    private static boolean matchesLoosely(byte[] data, int from, byte[] closers) {
        int j = 0;
        for (int i = from; i < data.length; i++) {
            final byte b = data[i];
            if (isWhitespace(b)) {
                continue;
            }
            if (j == closers.length || b != closers[j]) {
                return false;
            }
            j++;
        }
        return j == closers.length;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static boolean startsWith(byte[] data, int from, byte[] part) {
        return data.length - from >= part.length
               && Arrays.equals(data, from, from + part.length, part, 0, part.length);
    }

    /** The closing quote of a padding string of printable ASCII without escapes from {@code from}; else -1. */
    private static int skipPadding(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            final byte c = data[i];
            if (c == '"') {
                return i;
            }
            if (c < 0x20 || c == '\\') {
                return -1;
            }
        }
        return -1;
    }

    /** A text-only chunk like {@code c} with {@code text} as its reasoning or as its content. */
    public static ChatCompletionChunk withText(ChatCompletionChunk c, boolean reasoning, String text) {
        // Built bottom-up from messages: a builder's getChoicesBuilder/getDeltaBuilder would copy
        // every choice into nested field builders, once per streamed event.
        final ChunkChoice choice = c.getChoices(0);
        final Delta.Builder delta = choice.getDelta().toBuilder();
        if (reasoning) {
            delta.setReasoning(text);
        } else {
            delta.setContent(text);
        }
        return c.toBuilder().setChoices(0, choice.toBuilder().setDelta(delta)).build();
    }
}
