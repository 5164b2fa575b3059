package dev.switchboard.server.http;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.logging.RequestLogProperty;
import com.linecorp.armeria.server.ServiceRequestContext;

import io.grpc.stub.ServerCallStreamObserver;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;

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

    /**
     * Cancels this observer when the HTTP client of {@code ctx} goes away. Armeria cancels the
     * request context at once for an HTTP/2 stream reset, but only a second after an HTTP/1.1
     * connection closed; the connection's own close future says it at once.
     */
    final void cancelWhenClientLeaves(ServiceRequestContext ctx) {
        ctx.whenRequestCancelled().thenRun(this::cancel);
        if (ctx.sessionProtocol().isMultiplex() || !ctx.log().isAvailable(RequestLogProperty.SESSION)) {
            return;
        }
        final Channel channel = ctx.log().partial().channel();
        if (channel == null) {
            return;
        }
        final ChannelFutureListener onClose = unused -> cancel();
        channel.closeFuture().addListener(onClose);
        // A kept-alive connection serves many requests: drop this one's listener when it is done.
        ctx.log().whenComplete().thenRun(() -> channel.closeFuture().removeListener(onClose));
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
