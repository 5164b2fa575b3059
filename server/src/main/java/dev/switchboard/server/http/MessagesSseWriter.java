package dev.switchboard.server.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.HttpResponseWriter;

import dev.switchboard.transcoder.anthropic.MessagesStreamEncoder;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionChunk;

import io.netty.util.concurrent.EventExecutor;

/**
 * Writes a streamed answer as Anthropic Messages events. Headers go out with the first event, so
 * a failure before it reaches the client as a plain HTTP error in Anthropic's shape; after that, a
 * failure ends the stream with an {@code error} event, never a silent cut.
 */
final class MessagesSseWriter extends InProcessObserver<ChatCompletionChunk> {
    private static final Logger logger = LoggerFactory.getLogger(MessagesSseWriter.class);

    private final HttpResponseWriter writer;
    private final SseBatch batch;
    private final MessagesStreamEncoder encoder;
    private boolean headersSent;

    MessagesSseWriter(HttpResponseWriter writer, EventExecutor loop, String requestedModel, int estimatedInputTokens) {
        this.writer = writer;
        batch = new SseBatch(writer, loop);
        encoder = new MessagesStreamEncoder(requestedModel, estimatedInputTokens);
        writer.whenComplete().handle((unused, cause) -> {
            if (cause != null) {
                cancel();
            }
            return null;
        });
    }

    @Override
    public void onNext(ChatCompletionChunk chunk) {
        final byte[] events = encoder.encode(chunk);
        if (events.length == 0) {
            return;
        }
        if (!headersSent) {
            headersSent = true;
            writer.tryWrite(GatewayHeaders.add(SseChunkWriter.sseHeaders(), chunk.getGateway()).build());
        }
        batch.add(events);
    }

    @Override
    public void onError(Throwable t) {
        final GatewayException e = Errors.toGateway(t);
        if (e.kind() == ErrorKind.INTERNAL) {
            logger.warn("messages stream failed", e.getCause() != null ? e.getCause() : e);
        }
        if (!headersSent) {
            headersSent = true;
            writer.tryWrite(OpenAiHttpErrors.headers(e));
            writer.tryWrite(AnthropicHttpErrors.body(e));
            writer.close();
            return;
        }
        batch.add(MessagesStreamEncoder.error(e.kind(), e.getMessage()));
        batch.close();
    }

    @Override
    public void onCompleted() {
        final byte[] events = encoder.finish();
        if (!headersSent) {
            headersSent = true;
            writer.tryWrite(SseChunkWriter.sseHeaders().build());
        }
        batch.add(events);
        batch.close();
    }
}
