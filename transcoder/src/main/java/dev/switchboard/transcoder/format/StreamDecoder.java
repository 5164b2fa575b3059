package dev.switchboard.transcoder.format;

import java.util.function.Consumer;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionChunk;

/**
 * Decodes one upstream stream, event by event, into canonical chunks. It keeps whatever state the
 * format needs across events (tool-call numbering, ids, cumulative usage), so every stream gets a
 * new one. Not thread-safe: the caller feeds it from one thread.
 */
public interface StreamDecoder {
    /**
     * Decodes one server-sent event into zero or more chunks, in order.
     *
     * @throws GatewayException for malformed data, or an error the upstream reported in the stream
     */
    void decode(SseEvent event, Consumer<ChatCompletionChunk> out);

    /**
     * Whether the upstream said the answer is complete (a terminal event, a finish reason). A
     * stream that closes before this is a cut, not an answer.
     */
    boolean finished();
}
