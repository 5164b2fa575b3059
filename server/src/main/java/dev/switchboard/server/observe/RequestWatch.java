package dev.switchboard.server.observe;

import com.linecorp.armeria.common.logging.RequestLog;

import dev.switchboard.server.usage.Watch;

/**
 * One part of the telemetry's view of one request: what the core tells a {@link Watch}, and the
 * request's complete log, which every request has (a routed one, and one refused by
 * authentication, a bad body or a limit alike).
 */
public interface RequestWatch extends Watch {
    RequestWatch NONE = new RequestWatch() {};

    /** The request and its answer are done (the client got everything, or left); off the hot path's work. */
    default void completed(RequestLog log) {}
}
