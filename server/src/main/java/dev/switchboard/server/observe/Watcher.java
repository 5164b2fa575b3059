package dev.switchboard.server.observe;

import com.linecorp.armeria.server.ServiceRequestContext;

/** One part of the gateway's telemetry (metrics, traces, the access log): what it watches of each request. */
@FunctionalInterface
public interface Watcher {
    /** The request's watch, made before it is served; {@link RequestWatch#NONE} to watch nothing of it. */
    RequestWatch watch(ServiceRequestContext ctx, String requestId);
}
