package dev.switchboard.transcoder.openai;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.annotation.Nullable;

import dev.switchboard.transcoder.common.JsonStringBytes;
import dev.switchboard.transcoder.common.TextEventShortcut;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Delta;

/**
 * Encodes a stream's text-only chunks (content or reasoning) without a generator. The generator's
 * bytes for the chunk with empty text, split where the text goes, are kept while the chunks keep the
 * same id, model and the other fields the encoder writes; each chunk is then those bytes around its
 * escaped text ({@link JsonStringBytes#write}, byte for byte the generator's escaping).
 */
final class TextChunkShortcut {
    private static final String CONTENT = "\"delta\":{\"content\":\"";
    private static final String REASONING = "\"delta\":{\"reasoning_content\":\"";

    @Nullable
    private ChatCompletionChunk frame;
    /** Up to and including the text's opening quote; null when the split was not found. */
    @Nullable
    private byte[] head;
    /** From the text's closing quote to the end. */
    private byte[] tail = new byte[0];
    /** Chunks encoded here (the tests check the shortcut is taken). */
    int hits;

    /** The bytes for a text-only chunk, or null to leave it to the generator. */
    @Nullable
    byte[] encode(ChatCompletionChunk c, boolean includeUsageField) {
        if (frame == null || !sameFrame(frame, c)) {
            learn(c, includeUsageField);
        }
        if (head == null) {
            return null;
        }
        final Delta d = c.getChoices(0).getDelta();
        hits++;
        return JsonStringBytes.write(head, d.hasReasoning() ? d.getReasoning() : d.getContent(), tail);
    }

    private void learn(ChatCompletionChunk c, boolean includeUsageField) {
        frame = c;
        final boolean reasoning = c.getChoices(0).getDelta().hasReasoning();
        final ChatCompletionChunk empty = TextEventShortcut.withText(c, reasoning, "");
        final byte[] bytes = OpenAiChunkEncoder.encode(empty, includeUsageField);
        // The generator escapes quotes inside strings, so the mark can only be the delta's key.
        // Latin-1 maps each byte to one char, so the string's indexes are the bytes' indexes.
        final String mark = reasoning ? REASONING : CONTENT;
        final int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(mark);
        final int split = at + mark.length();
        if (at < 0 || split >= bytes.length || bytes[split] != '"') {
            head = null;
            return;
        }
        head = Arrays.copyOfRange(bytes, 0, split);
        tail = Arrays.copyOfRange(bytes, split, bytes.length);
    }

    /** Equal in everything the encoder writes outside the text (both chunks are text-only). */
    private static boolean sameFrame(ChatCompletionChunk a, ChatCompletionChunk b) {
        final ChunkChoice ca = a.getChoices(0);
        final ChunkChoice cb = b.getChoices(0);
        return ca.getDelta().hasReasoning() == cb.getDelta().hasReasoning() && ca.getIndex() == cb.getIndex()
               && a.getCreated() == b.getCreated() && a.getId().equals(b.getId())
               && a.getModel().equals(b.getModel()) && a.getSystemFingerprint().equals(b.getSystemFingerprint())
               && a.getServiceTier().equals(b.getServiceTier());
    }
}
