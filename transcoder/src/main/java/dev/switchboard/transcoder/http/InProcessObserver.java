package dev.switchboard.transcoder.http;

import com.linecorp.armeria.common.annotation.Nullable;

import io.grpc.stub.ServerCallStreamObserver;

/**
 * The observer the REST surface hands to a gRPC service implementation it calls in process. It
 * behaves like grpc-java's server observer where services rely on it: a cancel handler that runs
 * when the HTTP client goes away, so the service can cancel its upstream call.
 */
public abstract class InProcessObserver<T> extends ServerCallStreamObserver<T> {
    @Nullable
    private Runnable onCancel;
    private volatile boolean cancelled;

    /** Called by the REST surface when the HTTP exchange ended before the service finished. */
    public final void cancel() {
        final Runnable handler;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            handler = onCancel;
        }
        if (handler != null) {
            handler.run();
        }
    }

    @Override
    public final boolean isCancelled() {
        return cancelled;
    }

    @Override
    public final void setOnCancelHandler(Runnable onCancelHandler) {
        final boolean runNow;
        synchronized (this) {
            onCancel = onCancelHandler;
            runNow = cancelled;
        }
        if (runNow) {
            onCancelHandler.run();
        }
    }

    @Override
    public final boolean isReady() {
        return true;
    }

    @Override
    public final void setOnReadyHandler(Runnable onReadyHandler) {}

    @Override
    public final void setCompression(String compression) {}

    @Override
    public final void setMessageCompression(boolean enable) {}

    @Override
    public final void disableAutoInboundFlowControl() {}

    @Override
    public final void request(int count) {}
}
