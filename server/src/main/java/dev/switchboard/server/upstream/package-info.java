/**
 * The gateway's HTTP calls to providers, in whatever format each speaks: {@link
 * dev.switchboard.server.upstream.UpstreamCaller} sends what a format's adapter encoded and decodes
 * the answer, whole ({@code complete}, {@code exchange}, {@code listModels}) or as a stream of
 * canonical chunks ({@code stream}: the upstream's SSE response mapped read by read by {@code
 * SseChunkStream} through {@code SseChunkDecoder}, bytes to events to chunks, timed by
 * {@code ReadClock}). {@link
 * dev.switchboard.server.upstream.UpstreamFailures} turns an error status, a transport failure or a
 * codec's complaint into the error table's kinds, with the provider's secrets scrubbed by
 * {@link dev.switchboard.server.upstream.Redactor}. Retries and fallbacks are not here: they belong
 * to the attempt loop that calls this.
 */
package dev.switchboard.server.upstream;
