/**
 * Observability: what operators' tools see of the gateway. {@link dev.switchboard.server.observe.Telemetry}
 * decorates every service and gives each request one {@link dev.switchboard.server.usage.Watch},
 * made of its {@link dev.switchboard.server.observe.Watcher}s' (metrics, traces, the access log);
 * the core tells it the same moments it tells the request's account.
 */
package dev.switchboard.server.observe;
