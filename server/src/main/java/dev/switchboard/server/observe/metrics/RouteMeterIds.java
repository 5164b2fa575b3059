package dev.switchboard.server.observe.metrics;

import java.util.concurrent.ConcurrentHashMap;

import com.linecorp.armeria.common.RequestContext;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.logging.RequestLog;
import com.linecorp.armeria.common.logging.RequestLogProperty;
import com.linecorp.armeria.common.logging.RequestOnlyLog;
import com.linecorp.armeria.common.metric.MeterIdPrefix;
import com.linecorp.armeria.common.metric.MeterIdPrefixFunction;
import com.linecorp.armeria.server.Route;
import com.linecorp.armeria.server.ServiceConfig;
import com.linecorp.armeria.server.ServiceRequestContext;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Armeria's default meter ids for its per-request server metrics, plus the route's pattern, made
 * once per (route, method, service, status) instead of per request: the default function builds
 * and sorts a tag list twice for every request, and Armeria then hashes it to find the meters.
 */
final class RouteMeterIds implements MeterIdPrefixFunction {
    /** Past this many distinct ids (routes x methods x statuses: a few hundred), ids are made per request. */
    static final int MAX = 4096;

    /** The default function's inputs, and the route (a route keeps its hash: a cheap key). */
    private record Key(@Nullable Route route, @Nullable String host, String method, @Nullable String service,
                       int status) {}

    private final MeterIdPrefixFunction defaults;
    private final ConcurrentHashMap<Key, MeterIdPrefix> active = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, MeterIdPrefix> complete = new ConcurrentHashMap<>();

    RouteMeterIds(String name) {
        defaults = MeterIdPrefixFunction.ofDefault(name);
    }

    @Override
    public MeterIdPrefix activeRequestPrefix(MeterRegistry registry, RequestOnlyLog log) {
        final Key key = key(log, -1);
        final MeterIdPrefix id = active.get(key);
        return id != null ? id : remember(active, key, route(log, defaults.activeRequestPrefix(registry, log)));
    }

    @Override
    public MeterIdPrefix completeRequestPrefix(MeterRegistry registry, RequestLog log) {
        final int status = log.isAvailable(RequestLogProperty.RESPONSE_HEADERS) ? log.responseHeaders().status().code()
                                                                                : 0;
        final Key key = key(log, status);
        final MeterIdPrefix id = complete.get(key);
        return id != null ? id : remember(complete, key, route(log, defaults.completeRequestPrefix(registry, log)));
    }

    private static Key key(RequestOnlyLog log, int status) {
        final RequestContext ctx = log.context();
        final ServiceConfig config = ctx instanceof ServiceRequestContext s ? s.config() : null;
        final String method = log.name() != null ? log.name() : log.requestHeaders().method().name();
        return new Key(config == null ? null : config.route(),
                       config == null ? null : config.virtualHost().hostnamePattern(), method, log.serviceName(),
                       status);
    }

    private static MeterIdPrefix remember(ConcurrentHashMap<Key, MeterIdPrefix> ids, Key key, MeterIdPrefix id) {
        if (ids.size() < MAX) {
            ids.putIfAbsent(key, id);
        }
        return id;
    }

    /** Armeria names REST routes by their service class only: the route's pattern tells them apart (a fixed set). */
    private static MeterIdPrefix route(RequestOnlyLog log, MeterIdPrefix prefix) {
        return log.context() instanceof ServiceRequestContext ctx
               ? prefix.withTags("route", ctx.config().route().patternString()) : prefix;
    }
}
