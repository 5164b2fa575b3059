package dev.switchboard.client;

import java.util.Iterator;
import java.util.NoSuchElementException;

import dev.switchboard.v1.ChatCompletionChunk;
import io.grpc.Context;

/**
 * The chunks of one streamed chat completion, in order, read as they arrive. Iterate it once
 * (it is its own iterator); {@link #close()} before the end cancels the stream and the upstream
 * request behind it. Failures are thrown from {@code hasNext()}/{@code next()} as
 * {@link SwitchboardException}.
 */
public final class ChatStream implements Iterator<ChatCompletionChunk>, Iterable<ChatCompletionChunk>, AutoCloseable {
    private final Context.CancellableContext context;
    private final Iterator<ChatCompletionChunk> chunks;

    ChatStream(Context.CancellableContext context, Iterator<ChatCompletionChunk> chunks) {
        this.context = context;
        this.chunks = chunks;
    }

    @Override
    public boolean hasNext() {
        try {
            final boolean more = chunks.hasNext();
            if (!more) {
                close();
            }
            return more;
        } catch (RuntimeException e) {
            close();
            throw SwitchboardException.from(e);
        }
    }

    @Override
    public ChatCompletionChunk next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return chunks.next();
    }

    @Override
    public Iterator<ChatCompletionChunk> iterator() {
        return this;
    }

    /** Cancels the stream if it is still open; harmless after the end. */
    @Override
    public void close() {
        context.cancel(null);
    }
}
