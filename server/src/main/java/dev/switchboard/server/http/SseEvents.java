package dev.switchboard.server.http;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.GatewayInfo;

/**
 * What one client format makes of a core stream's items: its server-sent events, the events that
 * end a complete stream, the events that end a failed one, and the error shape of a failure that
 * comes before any event. One instance per response; called on the response's event loop.
 */
interface SseEvents<T> {
    /** Queues the events {@code item} becomes; false when it becomes none. */
    boolean add(T item, SseBatch out);

    /** What served the stream, for the headers sent with the first event. */
    GatewayInfo info(T item);

    /** Queues the events that end a complete stream. */
    void end(SseBatch out);

    /** Queues the events that end a stream that failed after it started. */
    void fail(GatewayException e, SseBatch out);

    /** The error body of a failure before the first event (a plain HTTP error then). */
    ErrorShape shape();

    /** The events of a chat stream, whose chunks say what served them. */
    interface OfChunks extends SseEvents<ChatCompletionChunk> {
        @Override
        default GatewayInfo info(ChatCompletionChunk chunk) {
            return chunk.getGateway();
        }
    }
}
