package dev.switchboard.server.inference;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.stream.AbortedStreamException;
import com.linecorp.armeria.common.stream.CancelledSubscriptionException;
import com.linecorp.armeria.common.stream.StreamMessage;
import com.linecorp.armeria.common.stream.SubscriptionOption;

import io.netty.util.concurrent.EventExecutor;

/**
 * A stream that one event loop writes and one subscriber reads (a chat stream, a response stream): what {@code StreamMessage.streaming()}
 * gives, without its queue, lock and signalling per element. Every chunk of every streamed answer
 * passes here, and the general-purpose stream (whose call to its subscriber is shared by all of
 * Armeria's streams, so the JIT cannot inline through it) cost a streamed request several percent
 * of its CPU. Items go to the subscriber as they are written while it wants them; the others wait
 * here, in order. The writer calls everything on {@code loop}; the subscriber is called on its own
 * executor (a request's surfaces subscribe on the same loop, so directly). Subscription options
 * are not supported: nothing here is pooled, and a cancel is not signalled back.
 */
public final class LoopStream<T> implements StreamMessage<T>, Subscription {
    private final Executor onLoop;
    private final ArrayDeque<T> waiting = new ArrayDeque<>(2);
    private final CompletableFuture<Void> completion = new CompletableFuture<>();
    @Nullable
    private Subscriber<? super T> downstream;
    @Nullable
    private EventExecutor executor;
    @Nullable
    private Runnable onCancel;
    private long demand;
    private boolean wroteAny;
    private boolean draining;
    /** The writer closed the stream; {@link #failure} says how, once the waiting items are out. */
    private boolean closed;
    @Nullable
    private Throwable failure;
    /** The subscriber has its last signal, or cancelled. */
    private volatile boolean done;
    private boolean cancelled;

    public LoopStream(EventExecutor loop) {
        onLoop = OnLoop.of(loop);
    }

    /** Runs {@code action} once the reader cancels or aborts (the client left), or now if it has. */
    public void whenCancelled(Runnable action) {
        if (cancelled) {
            action.run();
        } else {
            onCancel = action;
        }
    }

    /** Hands {@code item} on, or keeps it until it is wanted; ignored after the end or a cancel. */
    public void write(T item) {
        if (done || closed) {
            return;
        }
        wroteAny = true;
        if (demand > 0 && waiting.isEmpty() && downstream != null && executor.inEventLoop()) {
            demand--;
            downstream.onNext(item);
        } else {
            waiting.add(item);
            drainSoon();
        }
    }

    /** Ends the stream once the waiting items are out. */
    public void close() {
        close(null);
    }

    /** Ends the stream with {@code cause} (or completes it when null) once the waiting items are out. */
    public void close(@Nullable Throwable cause) {
        if (closed) {
            return;
        }
        closed = true;
        failure = cause;
        drainSoon();
    }

    @Override
    public void subscribe(Subscriber<? super T> subscriber, EventExecutor executor, SubscriptionOption... options) {
        onLoop.execute(() -> {
            if (downstream != null || done) {
                rejectSubscriber(subscriber, executor);
                return;
            }
            this.executor = executor;
            downstream = subscriber;
            OnLoop.run(executor, () -> {
                subscriber.onSubscribe(this);
                onLoop.execute(this::drain);
            });
        });
    }

    @Override
    public void request(long n) {
        onLoop.execute(() -> {
            if (done) {
                return;
            }
            if (n <= 0) {
                end(new IllegalArgumentException("request: " + n + " (expected: > 0)"), true);
                return;
            }
            demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            drain();
        });
    }

    @Override
    public void cancel() {
        onLoop.execute(() -> end(CancelledSubscriptionException.get(), false));
    }

    @Override
    public void abort() {
        abort(AbortedStreamException.get());
    }

    @Override
    public void abort(Throwable cause) {
        onLoop.execute(() -> end(cause, true));
    }

    @Override
    public boolean isOpen() {
        return !closed && !done;
    }

    @Override
    public boolean isEmpty() {
        return !isOpen() && !wroteAny;
    }

    @Override
    public long demand() {
        return demand;
    }

    @Override
    public CompletableFuture<Void> whenComplete() {
        return completion;
    }

    /** The reader stopped (a cancel, an abort, a bad request): drop what waits, stop the writer. */
    private void end(Throwable cause, boolean tell) {
        if (done) {
            return;
        }
        done = true;
        cancelled = true;
        waiting.clear();
        completion.completeExceptionally(cause);
        if (tell && downstream != null) {
            final Subscriber<? super T> s = downstream;
            OnLoop.run(executor, () -> s.onError(cause));
        }
        if (onCancel != null) {
            onCancel.run();
        }
    }

    private void drainSoon() {
        if (downstream == null) {
            return;
        }
        if (executor.inEventLoop()) {
            drain();
        } else {
            executor.execute(() -> onLoop.execute(this::drain));
        }
    }

    /** Hands on waiting items while they are wanted, then the end once none waits. */
    private void drain() {
        if (draining || downstream == null) {
            return;
        }
        draining = true;
        while (!done && demand > 0 && !waiting.isEmpty()) {
            demand--;
            final T item = waiting.poll();
            if (executor.inEventLoop()) {
                downstream.onNext(item);
            } else {
                executor.execute(() -> downstream.onNext(item));
            }
        }
        draining = false;
        if (!done && closed && waiting.isEmpty()) {
            done = true;
            if (failure != null) {
                completion.completeExceptionally(failure);
                OnLoop.run(executor, () -> downstream.onError(failure));
            } else {
                completion.complete(null);
                OnLoop.run(executor, downstream::onComplete);
            }
        }
    }

    private static <T> void rejectSubscriber(Subscriber<? super T> subscriber, EventExecutor executor) {
        OnLoop.run(executor, () -> {
            subscriber.onSubscribe(new Subscription() {
                @Override
                public void request(long n) {}

                @Override
                public void cancel() {}
            });
            subscriber.onError(new IllegalStateException("a stream of one answer has one reader"));
        });
    }
}
