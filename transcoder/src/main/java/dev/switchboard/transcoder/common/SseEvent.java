package dev.switchboard.transcoder.common;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * One server-sent event: its {@code event:} type (null when the event had none) and its
 * {@code data:} lines joined by {@code \n}.
 *
 * <p>The data stays the UTF-8 bytes it arrived as: a JSON parser reads bytes faster than a String
 * (no decoding to chars, a byte-keyed symbol table), and a relay never needs the text at all. The
 * String is made only when asked for.
 */
public final class SseEvent {
    private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);

    @Nullable
    private final String event;
    private final byte[] data;
    @Nullable
    private String text;

    public SseEvent(@Nullable String event, String data) {
        this.event = event;
        this.data = data.getBytes(StandardCharsets.UTF_8);
        text = data;
    }

    /** Takes {@code data} (UTF-8) without copying it; the caller must not change it afterwards. */
    SseEvent(@Nullable String event, byte[] data) {
        this.event = event;
        this.data = data;
    }

    @Nullable
    public String event() {
        return event;
    }

    /** The data as text. */
    public String data() {
        String t = text;
        if (t == null) {
            text = t = new String(data, StandardCharsets.UTF_8);
        }
        return t;
    }

    /** The data as UTF-8 bytes; shared, not to be modified. */
    public byte[] dataBytes() {
        return data;
    }

    /** True for OpenAI's {@code [DONE]} terminator (surrounding whitespace allowed). */
    public boolean isDone() {
        int from = 0;
        int to = data.length;
        while (from < to && isSpace(data[from])) {
            from++;
        }
        while (to > from && isSpace(data[to - 1])) {
            to--;
        }
        return Arrays.equals(DONE, 0, DONE.length, data, from, to);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SseEvent other && Objects.equals(event, other.event) && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(event) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "SseEvent[event=" + event + ", data=" + data() + ']';
    }
}
