package dev.switchboard.server.http;

import dev.switchboard.transcoder.anthropic.MessagesStreamEncoder;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionChunk;

/**
 * A chat stream as Anthropic Messages events ({@code message_start} … {@code message_stop}); a
 * failure after the start is an {@code error} event, with no {@code message_stop}.
 */
final class MessagesEvents implements SseEvents.OfChunks {
    private final MessagesStreamEncoder encoder;

    /** {@code estimatedInputTokens}: message_start reports the prompt; the upstream's count comes at the end. */
    MessagesEvents(String requestedModel, int estimatedInputTokens) {
        encoder = new MessagesStreamEncoder(requestedModel, estimatedInputTokens);
    }

    @Override
    public boolean add(ChatCompletionChunk chunk, SseBatch out) {
        final byte[] events = encoder.encode(chunk);
        if (events.length == 0) {
            return false;
        }
        out.add(events);
        return true;
    }

    @Override
    public void end(SseBatch out) {
        out.add(encoder.finish());
    }

    @Override
    public void fail(GatewayException e, SseBatch out) {
        out.add(MessagesStreamEncoder.error(e.kind(), e.getMessage()));
    }

    @Override
    public ErrorShape shape() {
        return ErrorShape.ANTHROPIC;
    }
}
