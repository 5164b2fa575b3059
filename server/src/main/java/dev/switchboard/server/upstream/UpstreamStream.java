package dev.switchboard.server.upstream;

import java.util.List;

import com.linecorp.armeria.common.stream.StreamMessage;

import dev.switchboard.v1.ChatCompletionChunk;

/**
 * A streamed answer as it comes from a provider: its canonical chunks, in order, ending in
 * completion or in exactly one {@link dev.switchboard.transcoder.error.GatewayException}; and the
 * request parameters the provider's format could not carry (known before the first chunk).
 * Cancelling a subscription to {@code chunks} abandons the upstream request.
 */
public record UpstreamStream(StreamMessage<ChatCompletionChunk> chunks, List<String> droppedParams) {}
