package dev.switchboard.server.upstream;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.stream.HttpDecoder;
import com.linecorp.armeria.common.stream.StreamDecoderInput;
import com.linecorp.armeria.common.stream.StreamDecoderOutput;

import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.SseParser;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.v1.ChatCompletionChunk;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * One upstream's streamed answer, mapped as it arrives: each read of the body becomes server-sent
 * events ({@link SseParser}), each event becomes canonical chunks (the format's
 * {@link StreamDecoder}). A read may hold no event or many, and an event no chunk or several,
 * hence a decoder rather than a {@code map}. Under an error status the body (its first 64 KiB) is
 * kept instead and becomes the failure at the end; a clean end before the format's decoder saw the
 * answer finish is a cut. Runs on the stream's executor; one instance per stream.
 */
final class SseChunkDecoder implements HttpDecoder<ChatCompletionChunk> {
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final UpstreamProvider provider;
    private final StreamDecoder decoder;
    private final ReadClock clock;
    private final SseParser parser = new SseParser();
    /** Made once: the output is the same object for the whole stream. */
    @Nullable
    private Consumer<SseEvent> events;
    @Nullable
    private Consumer<ChatCompletionChunk> chunks;
    @Nullable
    private ResponseHeaders errorHeaders;
    @Nullable
    private ByteArrayOutputStream errorBody;

    SseChunkDecoder(UpstreamProvider provider, StreamDecoder decoder, ReadClock clock) {
        this.provider = provider;
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public void processHeaders(HttpHeaders in, StreamDecoderOutput<ChatCompletionChunk> out) {
        if (in instanceof ResponseHeaders headers && !headers.status().isSuccess()) {
            errorHeaders = headers;
            errorBody = new ByteArrayOutputStream();
        }
    }

    @Override
    public void process(StreamDecoderInput in, StreamDecoderOutput<ChatCompletionChunk> out) {
        // Everything is consumed on every read (the parser keeps a cut line), so this is the
        // buffer just received, not a copy.
        final ByteBuf bytes = in.readBytes(in.readableBytes());
        try {
            if (errorBody != null) {
                final int n = Math.min(bytes.readableBytes(), MAX_ERROR_BODY - errorBody.size());
                if (n > 0) {
                    errorBody.write(ByteBufUtil.getBytes(bytes, bytes.readerIndex(), n, false), 0, n);
                }
                return;
            }
            clock.read();
            if (bytes.hasArray()) {
                parser.feed(bytes.array(), bytes.arrayOffset() + bytes.readerIndex(), bytes.readableBytes(),
                            events(out));
            } else {
                parser.feed(ByteBufUtil.getBytes(bytes), events(out));
            }
        } finally {
            bytes.release();
        }
    }

    private Consumer<SseEvent> events(StreamDecoderOutput<ChatCompletionChunk> out) {
        if (events == null) {
            chunks = out::add;
            events = this::decode;
        }
        return events;
    }

    private void decode(SseEvent event) {
        try {
            decoder.decode(event, chunks);
        } catch (GatewayException e) {
            // Malformed data, or the error some upstreams report after the first chunk.
            throw UpstreamFailures.attributed(provider, e);
        }
    }

    @Override
    public void processOnComplete(StreamDecoderInput in, StreamDecoderOutput<ChatCompletionChunk> out) {
        if (errorHeaders != null) {
            throw UpstreamFailures.fromStatus(provider, errorHeaders.status().code(), errorHeaders,
                                              errorBody.toByteArray());
        }
        parser.finish(events(out));
        if (!decoder.finished()) {
            // A clean close without [DONE] or a finish reason is a cut, not an answer.
            throw new GatewayException(ErrorKind.UPSTREAM_ERROR, "upstream_truncated",
                                       "provider '" + provider.name() + "' ended the stream before it was complete");
        }
    }
}
