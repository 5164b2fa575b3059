package dev.switchboard.server.observe.trace;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.server.ServiceRequestContext;

/**
 * The HTTP name of a request's span, {@code {method} {route}}, made once per route and method
 * (there are a few dozen) rather than per request.
 */
final class SpanNames {
    /** By route pattern: a route's own hash is computed anew each time. */
    private final Map<String, Map<HttpMethod, String>> names = new ConcurrentHashMap<>();

    String of(ServiceRequestContext ctx) {
        final String route = ctx.config().route().patternString();
        Map<HttpMethod, String> byMethod = names.get(route);
        if (byMethod == null) {
            byMethod = names.computeIfAbsent(route, unused -> new ConcurrentHashMap<>());
        }
        final String name = byMethod.get(ctx.method());
        return name != null ? name : byMethod.computeIfAbsent(ctx.method(),
                                                              m -> m.name() + ' ' + route);
    }
}
