package dev.switchboard.server.observe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.server.DecoratingHttpServiceFunction;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.inference.Caller;
import dev.switchboard.server.usage.Watch;

import io.netty.util.AsciiString;
import io.netty.util.AttributeKey;

/**
 * The decorator in front of every service: names the request ({@code x-switchboard-request-id} on
 * every answer, errors included) and gives it one {@link Watch} made of each watcher's, kept in its
 * context for the core ({@link Watch#ATTR}) and told when the request's log is complete.
 */
public final class Telemetry implements DecoratingHttpServiceFunction {
    public static final AsciiString REQUEST_ID = HttpHeaderNames.of("x-switchboard-request-id");
    /** The request's trace id, on an answer whose request a tracer traced. */
    public static final AsciiString TRACE_ID_HEADER = HttpHeaderNames.of("x-switchboard-trace-id");
    /**
     * The request's trace id (32 hex digits) once a tracer has one: the tracer sets it before
     * the request is served, the access log and the error shapes read it.
     */
    public static final AttributeKey<String> TRACE_ID = AttributeKey.valueOf(Telemetry.class, "TRACE_ID");

    /** Replaced whole when a watcher is added (rarely: at start, and by tests), read once per request. */
    private volatile Watcher[] watchers = new Watcher[0];

    /** Shows every later request to {@code watcher} too, after those added before it. */
    public synchronized void add(Watcher watcher) {
        final Watcher[] more = Arrays.copyOf(watchers, watchers.length + 1);
        more[watchers.length] = watcher;
        watchers = more;
    }

    @Override
    public HttpResponse serve(HttpService delegate, ServiceRequestContext ctx, HttpRequest req) throws Exception {
        final String id = Caller.requestId(ctx);
        final RequestWatch watch = watch(ctx, id);
        // A tracer names the trace when its watch is made: the answer can carry it from the start.
        // One change of the answer's headers for both (each change copies them).
        final String traceId = ctx.attr(TRACE_ID);
        if (traceId == null) {
            ctx.addAdditionalResponseHeader(REQUEST_ID, id);
        } else {
            ctx.mutateAdditionalResponseHeaders(h -> h.add(REQUEST_ID, id).add(TRACE_ID_HEADER, traceId));
        }
        if (watch != RequestWatch.NONE) {
            ctx.setAttr(Watch.ATTR, watch);
            ctx.log().whenComplete().thenAccept(watch::completed);
        }
        return delegate.serve(ctx, req);
    }

    private RequestWatch watch(ServiceRequestContext ctx, String id) {
        final Watcher[] watchers = this.watchers;
        if (watchers.length == 0) {
            return RequestWatch.NONE;
        }
        if (watchers.length == 1) {
            return watchers[0].watch(ctx, id);
        }
        final List<RequestWatch> some = new ArrayList<>(watchers.length);
        for (Watcher w : watchers) {
            final RequestWatch watch = w.watch(ctx, id);
            if (watch != RequestWatch.NONE) {
                some.add(watch);
            }
        }
        return some.isEmpty() ? RequestWatch.NONE
                              : some.size() == 1 ? some.get(0) : new Watches(some.toArray(new RequestWatch[0]));
    }
}
