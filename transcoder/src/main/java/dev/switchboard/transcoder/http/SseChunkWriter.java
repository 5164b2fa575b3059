package dev.switchboard.transcoder.http;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.ResponseHeadersBuilder;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.openai.OpenAiErrors;
import dev.switchboard.v1.ChatCompletionChunk;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.concurrent.EventExecutor;

/**
 * Writes the chunks of a streamed chat completion as OpenAI server-sent events. Headers go out
 * with the first chunk, so a failure before any chunk still reaches the client as a plain HTTP
 * error with the right status; after that, a failure becomes an explicit error event followed by
 * {@code [DONE]}. A stream never just stops.
 *
 * <p>Events produced in one turn of the event loop (typically all the events of one upstream
 * read) go out as one write: Armeria flushes every write, and a syscall per event cost more than
 * translating it. The batch is flushed at the end of the turn, so no event waits for another.
 */
final class SseChunkWriter extends InProcessObserver<ChatCompletionChunk> {
    private static final Logger logger = LoggerFactory.getLogger(SseChunkWriter.class);
    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII);

    private final HttpResponseWriter writer;
    private final EventExecutor loop;
    private final boolean includeUsage;
    private final Runnable flushTask = this::flush;
    private boolean headersSent;
    /** Events of this turn not yet written; only touched on {@link #loop}. */
    @Nullable
    private ByteBuf pending;

    SseChunkWriter(HttpResponseWriter writer, EventExecutor loop, boolean includeUsage) {
        this.writer = writer;
        this.loop = loop;
        this.includeUsage = includeUsage;
        writer.whenComplete().handle((unused, cause) -> {
            if (cause != null) {
                cancel();
            }
            return null;
        });
    }

    @Override
    public void onNext(ChatCompletionChunk chunk) {
        if (chunk.getChoicesCount() == 0 && !chunk.hasUsage() && chunk.getGateway().getFailoversCount() > 0) {
            // A switch to another target: a comment, which SSE clients skip and people can read.
            sendHeadersOnce();
            final var f = chunk.getGateway().getFailovers(chunk.getGateway().getFailoversCount() - 1);
            write((": switchboard failover " + f.getFrom() + " -> " + f.getTo()
                   + (f.getMidStream() ? " (continuing)" : "") + "\n\n").getBytes(StandardCharsets.UTF_8), false);
            return;
        }
        if (!headersSent) {
            headersSent = true;
            writer.tryWrite(GatewayHeaders.add(sseHeaders(), chunk.getGateway()).build());
        }
        write(OpenAiChunkEncoder.encode(chunk, includeUsage), true);
    }

    @Override
    public void onError(Throwable t) {
        final GatewayException e = Errors.toGateway(t);
        if (e.kind() == ErrorKind.INTERNAL) {
            logger.warn("chat stream failed", e.getCause() != null ? e.getCause() : e);
        }
        if (!headersSent) {
            headersSent = true;
            writer.tryWrite(OpenAiHttpErrors.headers(e));
            writer.tryWrite(OpenAiHttpErrors.body(e));
            writer.close();
            return;
        }
        write(OpenAiErrors.encode(e.kind(), e.code(), e.getMessage()), true);
        write(DONE, false);
        flush();
        writer.close();
    }

    @Override
    public void onCompleted() {
        sendHeadersOnce();
        write(DONE, false);
        flush();
        writer.close();
    }

    private void sendHeadersOnce() {
        if (!headersSent) {
            headersSent = true;
            writer.tryWrite(sseHeaders().build());
        }
    }

    static ResponseHeadersBuilder sseHeaders() {
        return ResponseHeaders.builder(200)
                              .contentType(MediaType.EVENT_STREAM)
                              .add(HttpHeaderNames.CACHE_CONTROL, "no-cache");
    }

    /** Queues one event (as a data frame, or raw text) for the write at the end of this turn. */
    private void write(byte[] bytes, boolean dataFrame) {
        if (!loop.inEventLoop()) {
            // Not the loop that flushes: keep the order by writing at once.
            flush();
            writer.tryWrite(HttpData.wrap(dataFrame ? frame(bytes) : bytes));
            return;
        }
        final int size = (dataFrame ? DATA.length + END.length : 0) + bytes.length;
        if (pending == null) {
            pending = PooledByteBufAllocator.DEFAULT.buffer(Math.max(size, 1024));
            loop.execute(flushTask);
        }
        if (dataFrame) {
            pending.writeBytes(DATA).writeBytes(bytes).writeBytes(END);
        } else {
            pending.writeBytes(bytes);
        }
    }

    private void flush() {
        final ByteBuf batch = pending;
        if (batch != null) {
            pending = null;
            // Takes ownership: released once written, or at once if the stream is closed.
            writer.tryWrite(HttpData.wrap(batch));
        }
    }

    /** "data: " + json + blank line, for a write outside the batch. */
    private static byte[] frame(byte[] json) {
        final byte[] out = new byte[DATA.length + json.length + END.length];
        System.arraycopy(DATA, 0, out, 0, DATA.length);
        System.arraycopy(json, 0, out, DATA.length, json.length);
        System.arraycopy(END, 0, out, DATA.length + json.length, END.length);
        return out;
    }
}
