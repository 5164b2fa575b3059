package dev.switchboard.transcoder.common;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.annotation.Nullable;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * An incremental parser for an upstream's {@code text/event-stream} body, fed the body's chunks as they
 * arrive, split anywhere (inside a line, a CRLF pair or a UTF-8 character). Follows the WHATWG
 * event-stream rules: lines end in LF, CRLF or CR (Gemini sends CRLF); a blank line ends an event;
 * lines starting with {@code :} are comments; one space after the field's colon is dropped;
 * {@code id:} and {@code retry:} are ignored, since an upstream call is never resumed. One instance per
 * stream; not thread-safe.
 */
public final class SseParser {
    /** Largest event accepted: far above any real chunk, low enough that a broken upstream cannot exhaust memory. */
    static final int MAX_EVENT_BYTES = 8 * 1024 * 1024;

    private static final byte[] DATA = "data".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EVENT = "event".getBytes(StandardCharsets.US_ASCII);

    /** The bytes of a line that a chunk boundary cut; empty most of the time. */
    private byte[] pending = new byte[0];
    private int pendingLength;
    /** The previous chunk ended in CR, so an LF starting this one belongs to the same line break. */
    private boolean afterCr;
    private boolean firstLine = true;

    /** The data lines of the event so far, joined by LF, as UTF-8. */
    private byte[] data = new byte[256];
    private int dataLength;
    private boolean hasData;
    private int eventBytes;
    @Nullable
    private String eventType;

    public void feed(byte[] bytes, Consumer<SseEvent> sink) {
        feed(bytes, 0, bytes.length, sink);
    }

    /** Feeds {@code length} bytes from {@code offset}, passing every event they complete to {@code sink}. */
    public void feed(byte[] bytes, int offset, int length, Consumer<SseEvent> sink) {
        int i = offset;
        final int end = offset + length;
        if (afterCr && i < end) {
            afterCr = false;
            if (bytes[i] == '\n') {
                i++;
            }
        }
        int lineStart = i;
        while (i < end) {
            final byte b = bytes[i];
            if (b != '\n' && b != '\r') {
                i++;
                continue;
            }
            endLine(bytes, lineStart, i, sink);
            i++;
            if (b == '\r') {
                if (i == end) {
                    afterCr = true;
                } else if (bytes[i] == '\n') {
                    i++;
                }
            }
            lineStart = i;
        }
        appendPending(bytes, lineStart, end);
    }

    /** Ends the stream: a last line or event the upstream did not terminate is still delivered. */
    public void finish(Consumer<SseEvent> sink) {
        if (pendingLength > 0) {
            final int n = pendingLength;
            pendingLength = 0;
            processLine(pending, 0, n, sink);
        }
        dispatch(sink);
    }

    private void appendPending(byte[] bytes, int from, int to) {
        final int n = to - from;
        if (n == 0) {
            return;
        }
        if (pendingLength + n > MAX_EVENT_BYTES) {
            throw tooLarge();
        }
        if (pendingLength + n > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pendingLength + n, Math.max(256, pending.length * 2)));
        }
        System.arraycopy(bytes, from, pending, pendingLength, n);
        pendingLength += n;
    }

    /** A line ended at {@code to}; its start may be in the pending bytes of earlier chunks. */
    private void endLine(byte[] bytes, int from, int to, Consumer<SseEvent> sink) {
        if (pendingLength == 0) {
            processLine(bytes, from, to, sink);
            return;
        }
        appendPending(bytes, from, to);
        final int n = pendingLength;
        pendingLength = 0;
        processLine(pending, 0, n, sink);
    }

    private void processLine(byte[] b, int from, int to, Consumer<SseEvent> sink) {
        if (firstLine) {
            firstLine = false;
            if (to - from >= 3 && b[from] == (byte) 0xEF && b[from + 1] == (byte) 0xBB && b[from + 2] == (byte) 0xBF) {
                from += 3; // a UTF-8 byte order mark may start the stream
            }
        }
        if (from == to) {
            dispatch(sink);
            return;
        }
        if (b[from] == ':') {
            return;
        }
        int colon = from;
        while (colon < to && b[colon] != ':') {
            colon++;
        }
        int valueStart = colon < to ? colon + 1 : to;
        if (valueStart < to && b[valueStart] == ' ') {
            valueStart++;
        }
        if (is(DATA, b, from, colon)) {
            eventBytes += to - valueStart + 1;
            if (eventBytes > MAX_EVENT_BYTES) {
                throw tooLarge();
            }
            final int n = to - valueStart + (hasData ? 1 : 0);
            if (dataLength + n > data.length) {
                data = Arrays.copyOf(data, Math.max(dataLength + n, data.length * 2));
            }
            if (hasData) {
                data[dataLength++] = '\n';
            }
            System.arraycopy(b, valueStart, data, dataLength, to - valueStart);
            dataLength += to - valueStart;
            hasData = true;
        } else if (is(EVENT, b, from, colon)) {
            eventType = new String(b, valueStart, to - valueStart, StandardCharsets.UTF_8);
        }
    }

    /** Delivers the event collected so far; an event without data lines is dropped, per the standard. */
    private void dispatch(Consumer<SseEvent> sink) {
        if (hasData) {
            final SseEvent event = new SseEvent(eventType, Arrays.copyOf(data, dataLength));
            reset();
            sink.accept(event);
        } else {
            reset();
        }
    }

    private void reset() {
        dataLength = 0;
        hasData = false;
        eventBytes = 0;
        eventType = null;
    }

    private static boolean is(byte[] name, byte[] b, int from, int to) {
        return Arrays.equals(name, 0, name.length, b, from, to);
    }

    private static GatewayException tooLarge() {
        return new GatewayException(ErrorKind.UPSTREAM_ERROR,
                                    "upstream sent a stream event larger than " + MAX_EVENT_BYTES + " bytes");
    }
}
