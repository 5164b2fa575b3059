package dev.switchboard.server.http;

import java.util.concurrent.CompletableFuture;

import com.linecorp.armeria.common.annotation.Nullable;

/** Collects the single message of a unary call made in process. */
public final class UnaryResponseObserver<T> extends InProcessObserver<T> {
    private final CompletableFuture<T> future = new CompletableFuture<>();
    @Nullable
    private T value;

    public CompletableFuture<T> future() {
        return future;
    }

    @Override
    public void onNext(T value) {
        this.value = value;
    }

    @Override
    public void onError(Throwable t) {
        future.completeExceptionally(t);
    }

    @Override
    public void onCompleted() {
        if (value == null) {
            future.completeExceptionally(new IllegalStateException("completed without a response"));
        } else {
            future.complete(value);
        }
    }
}
