/**
 * Prometheus metrics: Micrometer's Prometheus registry, given to Armeria for its own server
 * metrics, a {@link dev.switchboard.server.observe.Watcher} that measures every inference request
 * under the OpenTelemetry GenAI names, the gateway's gauges, and {@code GET /metrics}.
 */
package dev.switchboard.server.observe.metrics;
