package dev.switchboard.server.upstream;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.time.Duration;

import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import com.linecorp.armeria.client.ClientRequestContext;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpObject;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.util.TimeoutMode;

import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.sse.SseEvent;
import dev.switchboard.transcoder.sse.SseParser;
import dev.switchboard.transcoder.upstream.StreamDecoder;

/**
 * Consumes one upstream SSE response in any format: parses events as bytes arrive, lets the
 * format's decoder turn each into canonical chunks, and pulls the next piece only after the last
 * one was handed on. All callbacks run on one executor, so the state needs no locking.
 */
final class StreamSubscriber implements Subscriber<HttpObject>, UpstreamCall {
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final UpstreamProvider provider;
    private final ChunkSink sink;
    private final ClientRequestContext ctx;
    private final Duration idleTimeout;
    private final SseParser parser = new SseParser();
    private final StreamDecoder decoder;
    private final List<String> droppedParams;
    @Nullable
    private Subscription subscription;
    @Nullable
    private ResponseHeaders errorHeaders;
    @Nullable
    private ByteArrayOutputStream errorBody;
    private volatile boolean finished;
    private volatile boolean cancelled;

    StreamSubscriber(UpstreamProvider provider, StreamDecoder decoder, ChunkSink sink, ClientRequestContext ctx,
                     List<String> droppedParams) {
        this.provider = provider;
        this.decoder = decoder;
        this.droppedParams = droppedParams;
        this.sink = sink;
        this.ctx = ctx;
        idleTimeout = provider.timeout();
    }

    @Override
    public void onSubscribe(Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(HttpObject obj) {
        if (finished) {
            return;
        }
        if (obj instanceof ResponseHeaders) {
            final ResponseHeaders h = (ResponseHeaders) obj;
            if (!h.status().isInformational() && !h.status().isSuccess()) {
                errorHeaders = h;
                errorBody = new ByteArrayOutputStream();
            }
        } else if (obj instanceof HttpData) {
            final HttpData data = (HttpData) obj;
            if (errorBody != null) {
                if (errorBody.size() < MAX_ERROR_BODY) {
                    errorBody.write(data.array(), 0, Math.min(data.length(), MAX_ERROR_BODY - errorBody.size()));
                }
            } else {
                // Each arriving piece restarts the clock: the timeout bounds silence, not length.
                ctx.setResponseTimeout(TimeoutMode.SET_FROM_NOW, idleTimeout);
                try {
                    parser.feed(data.array(), 0, data.length(), this::onEvent);
                } catch (GatewayException e) {
                    fail(e);
                    return;
                }
            }
        } else if (!(obj instanceof HttpHeaders)) {
            return;
        }
        if (!finished) {
            subscription.request(1);
        }
    }

    private void onEvent(SseEvent event) {
        if (finished) {
            return;
        }
        try {
            decoder.decode(event, sink::onChunk);
        } catch (GatewayException e) {
            // Malformed data, or the error some upstreams report after the first chunk.
            fail(UpstreamErrors.attributed(provider, e));
        }
    }

    @Override
    public void onError(Throwable t) {
        if (!finished && !cancelled) {
            fail(UpstreamErrors.fromThrowable(provider, t));
        }
    }

    @Override
    public void onComplete() {
        if (finished || cancelled) {
            return;
        }
        if (errorHeaders != null) {
            fail(UpstreamErrors.fromStatus(provider, errorHeaders.status().code(), errorHeaders,
                                           errorBody.toByteArray()));
            return;
        }
        try {
            parser.finish(this::onEvent);
        } catch (GatewayException e) {
            fail(e);
            return;
        }
        if (finished) {
            return;
        }
        if (!decoder.finished()) {
            // A clean close without [DONE] or a finish reason is a cut, not an answer.
            fail(new GatewayException(ErrorKind.UPSTREAM_ERROR, "upstream_truncated",
                                      "provider '" + provider.name() + "' ended the stream before it was complete"));
            return;
        }
        finished = true;
        sink.onComplete();
    }

    @Override
    public List<String> droppedParams() {
        return droppedParams;
    }

    @Override
    public void cancel() {
        cancelled = true;
        finished = true;
        final Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    private void fail(GatewayException e) {
        if (finished) {
            return;
        }
        finished = true;
        if (subscription != null) {
            subscription.cancel();
        }
        sink.onError(e);
    }
}
