package dev.switchboard.server.upstream;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpObject;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.SseParser;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.v1.ChatCompletionChunk;

/**
 * The mapping of one upstream's streamed answer, read by read: each read of the body becomes
 * server-sent events ({@link SseParser}), each event becomes canonical chunks (the format's
 * {@link StreamDecoder}). A read may hold no event or many, and an event no chunk or several. Under
 * an error status the body (its first 64 KiB) is kept instead and becomes the failure at the end;
 * a clean end before the format's decoder saw the answer finish is a cut. Failures are thrown.
 * One instance per stream, used from one thread.
 */
final class SseChunkDecoder {
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final UpstreamProvider provider;
    private final StreamDecoder decoder;
    private final ReadClock clock;
    private final Consumer<ResponseHeaders> onHeaders;
    private final SseParser parser = new SseParser();
    private final Consumer<SseEvent> events = this::decode;
    @Nullable
    private Consumer<ChatCompletionChunk> out;
    @Nullable
    private ResponseHeaders errorHeaders;
    @Nullable
    private ByteArrayOutputStream errorBody;
    private boolean headersSeen;

    /** @param onHeaders told the answer's (non-informational) headers once, before its body */
    SseChunkDecoder(UpstreamProvider provider, StreamDecoder decoder, ReadClock clock,
                    Consumer<ResponseHeaders> onHeaders) {
        this.onHeaders = onHeaders;
        this.provider = provider;
        this.decoder = decoder;
        this.clock = clock;
    }

    /** Maps one piece of the response: body bytes to the chunks they complete; headers set the mode. */
    void read(HttpObject obj, Consumer<ChatCompletionChunk> chunks) {
        if (obj instanceof HttpData data) {
            if (errorBody != null) {
                errorBody.write(data.array(), 0, Math.min(data.length(), MAX_ERROR_BODY - errorBody.size()));
                return;
            }
            clock.read();
            out = chunks;
            parser.feed(data.array(), 0, data.length(), events);
        } else if (obj instanceof ResponseHeaders headers && !headers.status().isInformational()) {
            if (!headersSeen) {
                headersSeen = true;
                onHeaders.accept(headers);
            }
            if (errorHeaders == null && !headers.status().isSuccess()) {
                errorHeaders = headers;
                errorBody = new ByteArrayOutputStream();
            }
        }
    }

    /** The response ended cleanly: a last event cut short of its blank line, then the verdict. */
    void end(Consumer<ChatCompletionChunk> chunks) {
        if (errorHeaders != null) {
            throw UpstreamFailures.fromStatus(provider, errorHeaders.status().code(), errorHeaders,
                                              errorBody.toByteArray());
        }
        out = chunks;
        parser.finish(events);
        if (!decoder.finished()) {
            // A clean close without [DONE] or a finish reason is a cut, not an answer.
            throw new GatewayException(ErrorKind.UPSTREAM_ERROR, "upstream_truncated",
                                       "provider '" + provider.name() + "' ended the stream before it was complete");
        }
    }

    private void decode(SseEvent event) {
        try {
            decoder.decode(event, out);
        } catch (GatewayException e) {
            // Malformed data, or the error some upstreams report after the first chunk.
            throw UpstreamFailures.attributed(provider, e);
        }
    }
}
