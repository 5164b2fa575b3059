package dev.switchboard.server.upstream;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import com.linecorp.armeria.common.HttpObject;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.stream.AbortedStreamException;
import com.linecorp.armeria.common.stream.CancelledSubscriptionException;
import com.linecorp.armeria.common.stream.StreamMessage;
import com.linecorp.armeria.common.stream.SubscriptionOption;

import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionChunk;

import io.netty.util.concurrent.EventExecutor;

/**
 * The upstream's response mapped read by read through an {@link SseChunkDecoder}: what Armeria's
 * {@code HttpMessage.decode} does, without its queue and its future per requested element, with
 * which this stage took about 50% longer and allocated ~170 bytes more per chunk (bench/jmh
 * {@code UpstreamStreamBench}). One read is asked for at a time, when every chunk of the last one
 * was taken and more are wanted; chunks one read yields beyond the demand wait here. It is a
 * {@link StreamMessage} itself rather than one wrapped by {@code StreamMessage.of}: the wrapper's
 * call to its subscriber is shared by all of Armeria's streams, and every chunk crossed it. Its
 * subscriber is called on {@code executor}, the response's, whatever executor it subscribes with;
 * subscription options are not supported.
 */
final class SseChunkStream implements StreamMessage<ChatCompletionChunk>, Subscription, Subscriber<HttpObject> {
    private static final Subscription NO_SUBSCRIPTION = new Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
    };

    private final UpstreamProvider provider;
    private final HttpResponse response;
    private final SseChunkDecoder decoder;
    private final EventExecutor executor;
    private final Consumer<ChatCompletionChunk> emit = this::emit;
    private final ArrayDeque<ChatCompletionChunk> waiting = new ArrayDeque<>(2);
    private final CompletableFuture<Void> completion = new CompletableFuture<>();
    @Nullable
    private Subscriber<? super ChatCompletionChunk> downstream;
    @Nullable
    private Subscription upstream;
    private long demand;
    /** A read was asked for and has not arrived. */
    private boolean reading;
    /** Inside a read or a drain: asking for the next read waits until it returns. */
    private boolean busy;
    /** The upstream ended; {@link #failure} says how, once the waiting chunks are out. */
    private boolean ended;
    @Nullable
    private Throwable failure;
    private boolean done;

    SseChunkStream(UpstreamProvider provider, HttpResponse response, SseChunkDecoder decoder,
                   EventExecutor executor) {
        this.provider = provider;
        this.response = response;
        this.decoder = decoder;
        this.executor = executor;
    }

    @Override
    public void subscribe(Subscriber<? super ChatCompletionChunk> subscriber, EventExecutor unused,
                          SubscriptionOption... options) {
        onExecutor(() -> {
            if (downstream != null) {
                // One upstream answer has one reader: a second one is told so and never read to.
                subscriber.onSubscribe(NO_SUBSCRIPTION);
                subscriber.onError(new IllegalStateException("subscribed already"));
                return;
            }
            downstream = subscriber;
            response.subscribe(this, executor);
        });
    }

    @Override
    public boolean isOpen() {
        return !done && !ended;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public long demand() {
        return demand;
    }

    @Override
    public CompletableFuture<Void> whenComplete() {
        return completion;
    }

    @Override
    public void abort() {
        abort(AbortedStreamException.get());
    }

    @Override
    public void abort(Throwable cause) {
        onExecutor(() -> {
            if (done) {
                return;
            }
            if (upstream == null) {
                // Not subscribed yet: the response is never read.
                done = true;
                response.abort(cause);
                completion.completeExceptionally(cause);
                return;
            }
            // The abort's cause, not a cancel's, is how this stream completed.
            completion.completeExceptionally(cause);
            cancel();
            downstream.onError(cause);
        });
    }

    private void onExecutor(Runnable task) {
        if (executor.inEventLoop()) {
            task.run();
        } else {
            executor.execute(task);
        }
    }

    @Override
    public void onSubscribe(Subscription s) {
        upstream = s;
        downstream.onSubscribe(this);
    }

    @Override
    public void request(long n) {
        if (!executor.inEventLoop()) {
            executor.execute(() -> request(n));
            return;
        }
        if (done) {
            return;
        }
        if (n <= 0) {
            cancel();
            signal(new IllegalArgumentException("request: " + n + " (expected: > 0)"));
            return;
        }
        demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
        if (!busy) {
            drain();
        }
    }

    @Override
    public void cancel() {
        if (!executor.inEventLoop()) {
            executor.execute(this::cancel);
            return;
        }
        if (done) {
            return;
        }
        done = true;
        waiting.clear();
        upstream.cancel();
        completion.completeExceptionally(CancelledSubscriptionException.get());
    }

    @Override
    public void onNext(HttpObject obj) {
        reading = false;
        if (done || ended) {
            return;
        }
        busy = true;
        try {
            decoder.read(obj, emit);
        } catch (Throwable t) {
            // Abandon the upstream, then hand on the chunks already made and the failure.
            upstream.cancel();
            ended = true;
            failure = t;
        }
        busy = false;
        drain();
    }

    @Override
    public void onError(Throwable t) {
        if (done || ended) {
            return;
        }
        ended = true;
        failure = t;
        if (!busy) {
            drain();
        }
    }

    @Override
    public void onComplete() {
        if (done || ended) {
            return;
        }
        busy = true;
        try {
            decoder.end(emit);
        } catch (Throwable t) {
            failure = t;
        }
        ended = true;
        busy = false;
        drain();
    }

    private void emit(ChatCompletionChunk chunk) {
        if (done) {
            return;
        }
        if (demand > 0 && waiting.isEmpty()) {
            demand--;
            downstream.onNext(chunk);
        } else {
            waiting.add(chunk);
        }
    }

    /** Hands on waiting chunks while wanted, then the end, or asks for the next read. */
    private void drain() {
        busy = true;
        while (!done && demand > 0 && !waiting.isEmpty()) {
            demand--;
            downstream.onNext(waiting.poll());
        }
        busy = false;
        if (done || !waiting.isEmpty()) {
            return;
        }
        if (ended) {
            if (failure != null) {
                signal(failure);
            } else {
                done = true;
                completion.complete(null);
                downstream.onComplete();
            }
        } else if (demand > 0 && !reading) {
            reading = true;
            upstream.request(1);
        }
    }

    private void signal(Throwable t) {
        done = true;
        final GatewayException e = UpstreamFailures.fromThrowable(provider, t);
        completion.completeExceptionally(e);
        downstream.onError(e);
    }
}
