package dev.switchboard.transcoder.http;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.common.annotation.Nullable;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.concurrent.EventExecutor;

/**
 * The events a stream writer produces in one turn of the event loop (typically all the events of
 * one upstream read), written as one piece at the end of that turn. Armeria flushes every write,
 * and a syscall per event cost more than translating the event; no event waits for a later one.
 * Used on the response's event loop only; from another thread it writes at once, in order.
 */
final class SseBatch {
    private final HttpResponseWriter writer;
    private final EventExecutor loop;
    private final Runnable flushTask = this::flush;
    @Nullable
    private ByteBuf pending;

    SseBatch(HttpResponseWriter writer, EventExecutor loop) {
        this.writer = writer;
        this.loop = loop;
    }

    /** Queues the concatenation of {@code parts} (whole events) for the end of this turn. */
    void add(byte[]... parts) {
        int size = 0;
        for (byte[] p : parts) {
            size += p.length;
        }
        if (!loop.inEventLoop()) {
            flush();
            final byte[] joined = new byte[size];
            int at = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, joined, at, p.length);
                at += p.length;
            }
            writer.tryWrite(HttpData.wrap(joined));
            return;
        }
        if (pending == null) {
            pending = PooledByteBufAllocator.DEFAULT.buffer(Math.max(size, 1024));
            loop.execute(flushTask);
        }
        for (byte[] p : parts) {
            pending.writeBytes(p);
        }
    }

    /** Writes what is queued now: before closing the stream, or at the end of the turn. */
    void flush() {
        final ByteBuf batch = pending;
        if (batch != null) {
            pending = null;
            // Takes ownership: released once written, or at once if the stream is closed.
            writer.tryWrite(HttpData.wrap(batch));
        }
    }
}
