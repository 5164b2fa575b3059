/**
 * OpenTelemetry traces: a span per request and one per upstream try, with the GenAI conventions'
 * attributes, the client's W3C trace context as parent and the try's passed on to the provider,
 * exported over OTLP/gRPC when {@code --otlp-endpoint} names a collector.
 */
package dev.switchboard.server.observe.trace;
