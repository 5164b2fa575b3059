package dev.switchboard.server.http;

import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.ResponseHeadersBuilder;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.stream.AbortedStreamException;
import com.linecorp.armeria.common.stream.StreamMessage;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

import io.netty.util.concurrent.EventExecutor;

/**
 * A core stream written as server-sent events, in whichever format {@link SseEvents} says. The
 * headers go out with the first event, queued after it so both leave in one write; a failure
 * before any event is therefore still a plain HTTP error with its status, and a failure after is
 * the format's own error events. A stream never just stops. Events of one loop turn leave as one
 * write ({@link SseBatch}). A client that leaves cancels the core stream, which stops the plan.
 */
final class SseResponse<T> implements Subscriber<T> {
    private static final Logger logger = LoggerFactory.getLogger(SseResponse.class);

    private final HttpResponseWriter writer;
    private final SseBatch batch;
    private final SseEvents<T> events;
    private final String what;
    /** The request, whose id error messages carry; null in tests of the writing alone. */
    @Nullable
    private final ServiceRequestContext ctx;
    private boolean headersSent;

    private SseResponse(@Nullable ServiceRequestContext ctx, HttpResponseWriter writer, EventExecutor loop,
                        SseEvents<T> events, String what) {
        this.ctx = ctx;
        this.writer = writer;
        batch = new SseBatch(writer, loop);
        this.events = events;
        this.what = what;
    }

    /** The response for {@code stream}; {@code what} names it in the log of an unexpected failure. */
    static <T> HttpResponse of(ServiceRequestContext ctx, StreamMessage<T> stream, SseEvents<T> events,
                               String what) {
        final HttpResponseWriter writer = HttpResponse.streaming();
        ClientGone.watch(ctx, writer.whenComplete(), stream::abort);
        start(ctx, writer, ctx.eventLoop(), stream, events, what);
        return writer;
    }

    /** Writes {@code stream} into {@code writer} on {@code loop}, outside of any request (tests of the writing). */
    static <T> void start(HttpResponseWriter writer, EventExecutor loop, StreamMessage<T> stream,
                          SseEvents<T> events, String what) {
        start(null, writer, loop, stream, events, what);
    }

    /** Writes {@code stream} into {@code writer} on {@code loop}; the writer's abort aborts the stream. */
    private static <T> void start(@Nullable ServiceRequestContext ctx, HttpResponseWriter writer,
                                  EventExecutor loop, StreamMessage<T> stream, SseEvents<T> events, String what) {
        writer.whenComplete().handle((unused, cause) -> {
            if (cause != null) {
                stream.abort();
            }
            return null;
        });
        stream.subscribe(new SseResponse<>(ctx, writer, loop, events, what), loop);
    }

    @Override
    public void onSubscribe(Subscription s) {
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(T item) {
        if (events.add(item, batch) && !headersSent) {
            // Written after the event was queued: the event's flush task then runs ahead of the one
            // the headers' write schedules, so headers and first event leave in one write.
            headersSent = true;
            writer.tryWrite(GatewayHeaders.add(sseHeaders(ctx), events.info(item)).build());
        }
    }

    @Override
    public void onError(Throwable t) {
        if (t instanceof AbortedStreamException) {
            // The client left and the stream was aborted for it: there is nobody to tell.
            return;
        }
        final GatewayException e = ErrorShape.toGateway(t);
        if (e.kind() == ErrorKind.INTERNAL) {
            logger.warn("{} failed", what, e.getCause() != null ? e.getCause() : e);
        }
        if (!headersSent) {
            headersSent = true;
            writer.tryWrite(ErrorShape.headers(ctx, e));
            writer.tryWrite(events.shape().body(ctx, e));
            writer.close();
            return;
        }
        events.fail(ctx == null ? e : ErrorShape.quoted(ctx, e), batch);
        batch.close();
    }

    @Override
    public void onComplete() {
        events.end(batch);
        if (!headersSent) {
            headersSent = true;
            writer.tryWrite(sseHeaders(ctx).build());
        }
        batch.close();
    }

    private static ResponseHeadersBuilder sseHeaders(@Nullable ServiceRequestContext ctx) {
        return AnswerHeaders.addTo(ctx, ResponseHeaders.builder(200)
                                                       .contentType(MediaType.EVENT_STREAM)
                                                       .add(HttpHeaderNames.CACHE_CONTROL, "no-cache"));
    }
}
