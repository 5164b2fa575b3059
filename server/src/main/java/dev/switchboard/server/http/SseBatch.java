package dev.switchboard.server.http;

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
 * The pending buffer belongs to the response's event loop: a call from another thread is handed to
 * the loop, in order, never touching the buffer itself.
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
        if (!loop.inEventLoop()) {
            loop.execute(() -> add(parts));
            return;
        }
        int size = 0;
        for (byte[] p : parts) {
            size += p.length;
        }
        if (pending == null) {
            // Scheduled before allocating: a loop that refuses the task leaves nothing to leak.
            loop.execute(flushTask);
            pending = PooledByteBufAllocator.DEFAULT.buffer(Math.max(size, 1024));
        }
        for (byte[] p : parts) {
            pending.writeBytes(p);
        }
    }

    /** Writes what is queued now, at the end of the turn or before closing; on the loop only. */
    private void flush() {
        final ByteBuf batch = pending;
        if (batch != null) {
            pending = null;
            // Takes ownership: released once written, or at once if the stream is closed.
            writer.tryWrite(HttpData.wrap(batch));
        }
    }

    /** Writes what is queued, then ends the response: on the loop, so nothing queued is lost. */
    void close() {
        if (!loop.inEventLoop()) {
            loop.execute(this::close);
            return;
        }
        flush();
        writer.close();
    }
}
