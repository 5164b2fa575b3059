package dev.switchboard.server.inference;

import java.util.concurrent.Executor;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.ReplyHeaders;
import dev.switchboard.server.usage.Watch;

import io.netty.util.AttributeKey;
import io.netty.util.concurrent.EventExecutor;

/**
 * Who is asking, and on what terms: the second argument of every core call. The HTTP and gRPC
 * surfaces build it from their request; the core reads nothing else about the request's transport.
 *
 * @param principal the authenticated caller (what they may see and use), or null when unauthenticated
 * @param loop the request's event loop: every callback of the call runs on it
 * @param blocking where database work goes
 * @param deadlineNanos the client's own deadline ({@link System#nanoTime()}), or null for none
 * @param requestId the request's id, unique (the ledger's key): the time in milliseconds and
 *                  Armeria's random id of the request, in hex, so that ids sort by time
 * @param ingress the surface the request came in through
 * @param headers where headers of the answer go (rate-limit state)
 * @param watch the request's telemetry ({@link Watch#NONE} when nothing watches)
 */
public record Caller(@Nullable Principal principal, EventExecutor loop, Executor blocking,
                     @Nullable Long deadlineNanos, String requestId, Ingress ingress, ReplyHeaders headers,
                     Watch watch) {
    private static final AttributeKey<String> REQUEST_ID = AttributeKey.valueOf(Caller.class, "REQUEST_ID");


    /**
     * The caller of an Armeria request: its authenticated principal, loop, executor, id and surface;
     * headers for its answer go into the request's additional response headers.
     */
    public static Caller of(ServiceRequestContext ctx, @Nullable Long deadlineNanos) {
        return of(ctx, deadlineNanos, new AdditionalHeaders(ctx));
    }

    /** The same, with headers for its answer going to {@code headers}, which the service answering adds. */
    public static Caller of(ServiceRequestContext ctx, @Nullable Long deadlineNanos, ReplyHeaders headers) {
        final Watch watch = ctx.attr(Watch.ATTR);
        return new Caller(ctx.attr(Principal.ATTR), ctx.eventLoop(), ctx.blockingTaskExecutor(), deadlineNanos,
                          requestId(ctx), Ingress.ofPath(ctx.path()), headers, watch == null ? Watch.NONE : watch);
    }

    /**
     * The request's id, made on first use and kept in its context: the telemetry decorator, the
     * core and the error handler all name the request by the same id.
     */
    public static String requestId(ServiceRequestContext ctx) {
        String id = ctx.attr(REQUEST_ID);
        if (id == null) {
            id = Long.toHexString(System.currentTimeMillis()) + ctx.id().text();
            ctx.setAttr(REQUEST_ID, id);
        }
        return id;
    }

    /** The answer's additional headers: each mutation copies them, so several go in one. */
    private record AdditionalHeaders(ServiceRequestContext ctx) implements ReplyHeaders {
        @Override
        public void set(CharSequence name, String value) {
            ctx.mutateAdditionalResponseHeaders(h -> h.set(name, value));
        }

        @Override
        public void setAll(CharSequence... namesAndValues) {
            ctx.mutateAdditionalResponseHeaders(h -> {
                for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                    h.set(namesAndValues[i], namesAndValues[i + 1].toString());
                }
            });
        }
    }

    /** The owner id of what the caller stores (stored responses), or null when unauthenticated. */
    @Nullable
    public String owner() {
        return principal == null ? null : principal.userId();
    }
}
