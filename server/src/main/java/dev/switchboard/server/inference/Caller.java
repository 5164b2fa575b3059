package dev.switchboard.server.inference;

import java.util.concurrent.Executor;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.auth.Principal;

import io.netty.util.concurrent.EventExecutor;

/**
 * Who is asking, and on what terms: the second argument of every core call. The HTTP and gRPC
 * surfaces build it from their request; the core reads nothing else about the request's transport.
 *
 * @param principal the authenticated caller (what they may see and use), or null when unauthenticated
 * @param loop the request's event loop: every callback of the call runs on it
 * @param blocking where database work goes
 * @param deadlineNanos the client's own deadline ({@link System#nanoTime()}), or null for none
 */
public record Caller(@Nullable Principal principal, EventExecutor loop, Executor blocking,
                     @Nullable Long deadlineNanos) {

    /** The caller of an Armeria request: its authenticated principal, loop and executor. */
    public static Caller of(ServiceRequestContext ctx, @Nullable Long deadlineNanos) {
        return new Caller(ctx.attr(Principal.ATTR), ctx.eventLoop(), ctx.blockingTaskExecutor(), deadlineNanos);
    }

    /** The owner id of what the caller stores (stored responses), or null when unauthenticated. */
    @Nullable
    public String owner() {
        return principal == null ? null : principal.userId();
    }
}
