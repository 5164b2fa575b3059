package dev.switchboard.server.http;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.ResponseHeadersBuilder;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.openai.OpenAiErrors;
import dev.switchboard.v1.ChatCompletionChunk;

import io.netty.util.concurrent.EventExecutor;

/**
 * Writes the chunks of a streamed chat completion as OpenAI server-sent events. Headers go out
 * with the first chunk, so a failure before any chunk still reaches the client as a plain HTTP
 * error with the right status; after that, a failure becomes an explicit error event followed by
 * {@code [DONE]}. A stream never just stops. Events of one loop turn go out as one write ({@link SseBatch}).
 */
final class SseChunkWriter extends InProcessObserver<ChatCompletionChunk> {
    private static final Logger logger = LoggerFactory.getLogger(SseChunkWriter.class);
    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII);

    private final HttpResponseWriter writer;
    private final SseBatch batch;
    private final OpenAiChunkEncoder encoder;
    private boolean headersSent;

    SseChunkWriter(HttpResponseWriter writer, EventExecutor loop, boolean includeUsage) {
        this.writer = writer;
        batch = new SseBatch(writer, loop);
        encoder = new OpenAiChunkEncoder(includeUsage);
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
            batch.add((": switchboard failover " + f.getFrom() + " -> " + f.getTo()
                       + (f.getMidStream() ? " (continuing)" : "") + "\n\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (OpenAiChunkEncoder.carriesNothingForChat(chunk)) {
            return;
        }
        // The event is queued before the headers are written: its flush task then runs ahead of the
        // one the headers' flush schedules, so headers and first event leave in one write.
        batch.add(DATA, encoder.encode(chunk), END);
        if (!headersSent) {
            headersSent = true;
            writer.tryWrite(GatewayHeaders.add(sseHeaders(), chunk.getGateway()).build());
        }
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
        batch.add(DATA, OpenAiErrors.encode(e.kind(), e.code(), e.getMessage()), END, DONE);
        batch.close();
    }

    @Override
    public void onCompleted() {
        sendHeadersOnce();
        batch.add(DONE);
        batch.close();
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

}
