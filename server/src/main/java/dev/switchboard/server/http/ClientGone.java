package dev.switchboard.server.http;

import java.util.concurrent.CompletionStage;

import com.linecorp.armeria.common.logging.RequestLogProperty;
import com.linecorp.armeria.server.ServiceRequestContext;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;

/** Runs an action when the HTTP client of a request goes away before {@code answered} completes. */
final class ClientGone {
    private ClientGone() {}

    /**
     * Armeria cancels the request context at once for an HTTP/2 stream reset, but only a second
     * after an HTTP/1.1 connection closed; the connection's own close future says it at once.
     */
    static void watch(ServiceRequestContext ctx, CompletionStage<?> answered, Runnable action) {
        ctx.whenRequestCancelled().thenRun(action);
        if (ctx.sessionProtocol().isMultiplex() || !ctx.log().isAvailable(RequestLogProperty.SESSION)) {
            return;
        }
        final Channel channel = ctx.log().partial().channel();
        if (channel == null) {
            return;
        }
        final ChannelFutureListener onClose = unused -> action.run();
        channel.closeFuture().addListener(onClose);
        // A kept-alive connection serves many requests: drop this one's listener once it is answered
        // (a future the answer has anyway: the request log's would be one more per request).
        answered.whenComplete((unused, cause) -> channel.closeFuture().removeListener(onClose));
    }
}
