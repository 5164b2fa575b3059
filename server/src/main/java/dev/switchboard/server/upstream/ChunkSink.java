package dev.switchboard.server.upstream;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionChunk;

/** Receives a decoded upstream stream: chunks in order, then exactly one of complete or error. */
public interface ChunkSink {
    void onChunk(ChatCompletionChunk chunk);

    void onComplete();

    void onError(GatewayException error);
}
