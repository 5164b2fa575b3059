package dev.switchboard.transcoder.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.annotation.Nullable;

/**
 * JSON string bodies (the bytes between the quotes) read and written without a parser or a
 * generator, for the stream shortcuts ({@code OpenAiChunkDecoder}, {@code OpenAiChunkEncoder}).
 * Reading is strict: anything Jackson would treat differently or reject is left to Jackson (the
 * methods answer "not here"). Writing produces exactly the bytes of Jackson's UTF-8 generator with
 * the factory's settings; {@code JsonStringBytesTest} holds the two together for every {@code char}.
 * Not thread-safe (the UTF-8 decoder is per instance): one per stream.
 */
public final class JsonStringBytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** Made on the first non-ASCII text: most streams never need it. */
    @Nullable
    private CharsetDecoder utf8;
    /** Where the last {@link #read} stopped: the index of the closing quote. */
    private int end;

    /** The index of the closing quote after the last successful {@link #read}. */
    public int end() {
        return end;
    }

    /**
     * Reads the body that starts at {@code from} (just after the opening quote), up to its closing
     * quote before {@code limit}. Returns null where Jackson should decide: a raw control character,
     * no closing quote, an escape mixed with non-ASCII text, an unknown escape, malformed UTF-8.
     */
    @Nullable
    public String read(byte[] b, int from, int limit) {
        boolean escaped = false;
        boolean ascii = true;
        int i = from;
        while (true) {
            if (i >= limit) {
                return null;
            }
            final int c = b[i];
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                escaped = true;
                i += 2;
                continue;
            }
            if (c < 0) {
                ascii = false;
            } else if (c < 0x20) {
                return null;
            }
            i++;
        }
        end = i;
        if (!escaped) {
            return ascii ? new String(b, from, i - from, StandardCharsets.ISO_8859_1) : utf8(b, from, i - from);
        }
        return ascii ? unescape(b, from, i) : null;
    }

    @Nullable
    private String utf8(byte[] b, int from, int length) {
        if (utf8 == null) {
            utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                         .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        try {
            return utf8.decode(ByteBuffer.wrap(b, from, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Nullable
    private static String unescape(byte[] b, int from, int to) {
        final char[] out = new char[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            final byte c = b[i];
            if (c != '\\') {
                out[n++] = (char) c;
                continue;
            }
            final byte e = b[++i];
            switch (e) {
                case '"': case '\\': case '/': out[n++] = (char) e; break;
                case 'b': out[n++] = '\b'; break;
                case 'f': out[n++] = '\f'; break;
                case 'n': out[n++] = '\n'; break;
                case 'r': out[n++] = '\r'; break;
                case 't': out[n++] = '\t'; break;
                case 'u': {
                    if (i + 4 >= to) {
                        return null;
                    }
                    int v = 0;
                    for (int k = 1; k <= 4; k++) {
                        final int d = Character.digit(b[i + k], 16);
                        if (d < 0) {
                            return null;
                        }
                        v = v << 4 | d;
                    }
                    out[n++] = (char) v;
                    i += 4;
                    break;
                }
                default:
                    return null;
            }
        }
        return new String(out, 0, n);
    }

    /**
     * {@code head}, then {@code s} as the body of a JSON string exactly as Jackson's UTF-8 generator
     * writes it, then {@code tail}.
     */
    public static byte[] write(byte[] head, String s, byte[] tail) {
        int size = head.length + tail.length;
        for (int i = 0; i < s.length(); i++) {
            size += width(s.charAt(i));
        }
        // Sized exactly: one allocation for the whole event.
        final byte[] out = new byte[size];
        System.arraycopy(head, 0, out, 0, head.length);
        int n = head.length;
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                out[n++] = (byte) c;
            } else if (c == '"' || c == '\\') {
                out[n++] = '\\';
                out[n++] = (byte) c;
            } else if (c < 0x20) {
                n = control(c, out, n);
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                // Jackson escapes each half of a pair rather than writing four UTF-8 bytes.
                n = unicodeEscape(c, out, n);
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        System.arraycopy(tail, 0, out, n, tail.length);
        return out;
    }

    /** How many bytes {@link #write} gives {@code c}. */
    private static int width(char c) {
        if (c >= 0x20 && c < 0x80) {
            return c == '"' || c == '\\' ? 2 : 1;
        }
        if (c < 0x20) {
            return c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 2 : 6;
        }
        if (c < 0x800) {
            return 2;
        }
        return Character.isSurrogate(c) ? 6 : 3;
    }

    private static int control(char c, byte[] out, int n) {
        final byte shortForm = switch (c) {
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        if (shortForm == 0) {
            return unicodeEscape(c, out, n);
        }
        out[n++] = '\\';
        out[n++] = shortForm;
        return n;
    }

    private static int unicodeEscape(char c, byte[] out, int n) {
        out[n++] = '\\';
        out[n++] = 'u';
        out[n++] = HEX[c >> 12 & 0xF];
        out[n++] = HEX[c >> 8 & 0xF];
        out[n++] = HEX[c >> 4 & 0xF];
        out[n++] = HEX[c & 0xF];
        return n;
    }
}
