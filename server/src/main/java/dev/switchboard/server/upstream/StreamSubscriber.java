package dev.switchboard.server.upstream;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpObject;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.SseParser;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.StreamDecoder;

import io.netty.util.concurrent.EventExecutor;

/**
 * Consumes one upstream SSE response in any format: parses events as bytes arrive, lets the
 * format's decoder turn each into canonical chunks, and pulls the next piece only after the last
 * one was handed on. All callbacks run on one executor, so the state needs no locking.
 *
 * <p>It keeps its own clock rather than moving the client context's response timeout on every
 * read: that is a cross-thread task per chunk, and a move racing with completion re-armed a
 * timer that kept finished requests reachable for the whole timeout. One timer per stream, on
 * the stream's executor, re-armed only when it fires, cancelled when the stream ends.
 */
final class StreamSubscriber implements Subscriber<HttpObject>, UpstreamCall {
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final UpstreamProvider provider;
    private final ChunkSink sink;
    private final EventExecutor executor;
    private final long startNanos = System.nanoTime();
    private final long firstByteNanos;
    private final long idleNanos;
    /** When the last body bytes arrived; 0 before the first. */
    private long lastReadNanos;
    @Nullable
    private ScheduledFuture<?> timer;
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

    StreamSubscriber(UpstreamProvider provider, StreamDecoder decoder, ChunkSink sink, EventExecutor executor,
                     List<String> droppedParams) {
        this.provider = provider;
        this.decoder = decoder;
        this.droppedParams = droppedParams;
        this.sink = sink;
        this.executor = executor;
        firstByteNanos = provider.firstTokenTimeout().toNanos();
        idleNanos = provider.timeout().toNanos();
    }

    @Override
    public void onSubscribe(Subscription s) {
        subscription = s;
        if (finished) {
            s.cancel();
            return;
        }
        timer = executor.schedule(this::checkTimeout, firstByteNanos, TimeUnit.NANOSECONDS);
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
                // The timeout bounds silence, not length: each read restarts the idle clock.
                lastReadNanos = System.nanoTime();
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
            fail(UpstreamFailures.attributed(provider, e));
        }
    }

    @Override
    public void onError(Throwable t) {
        if (!finished && !cancelled) {
            fail(UpstreamFailures.fromThrowable(provider, t));
        }
    }

    @Override
    public void onComplete() {
        if (finished || cancelled) {
            return;
        }
        if (errorHeaders != null) {
            fail(UpstreamFailures.fromStatus(provider, errorHeaders.status().code(), errorHeaders,
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
        stopTimer();
        sink.onComplete();
    }

    private void checkTimeout() {
        if (finished) {
            return;
        }
        final boolean started = lastReadNanos != 0;
        final long deadline = started ? lastReadNanos + idleNanos : startNanos + firstByteNanos;
        final long left = deadline - System.nanoTime();
        if (left > 0) {
            timer = executor.schedule(this::checkTimeout, left, TimeUnit.NANOSECONDS);
            return;
        }
        fail(new GatewayException(ErrorKind.UPSTREAM_TIMEOUT, "upstream_timeout", "provider '" + provider.name()
                + (started ? "' sent nothing for " + idleNanos / 1_000_000 + "ms in the middle of the stream"
                           : "' did not start answering within " + firstByteNanos / 1_000_000 + "ms")));
    }

    private void stopTimer() {
        final ScheduledFuture<?> t = timer;
        if (t != null) {
            t.cancel(false);
        }
    }

    @Override
    public List<String> droppedParams() {
        return droppedParams;
    }

    @Override
    public void cancel() {
        cancelled = true;
        finished = true;
        stopTimer();
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
        stopTimer();
        if (subscription != null) {
            subscription.cancel();
        }
        sink.onError(e);
    }
}
