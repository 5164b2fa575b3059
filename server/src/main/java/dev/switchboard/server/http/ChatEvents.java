package dev.switchboard.server.http;

import java.nio.charset.StandardCharsets;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.openai.OpenAiErrors;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.Failover;

/**
 * A chat stream as OpenAI's {@code data:} events, ending with {@code [DONE]}; a failure after the
 * start is an error event, then {@code [DONE]}. A switch to another target is an SSE comment.
 */
final class ChatEvents implements SseEvents.OfChunks {
    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII);

    private final OpenAiChunkEncoder encoder;

    ChatEvents(boolean includeUsage) {
        encoder = new OpenAiChunkEncoder(includeUsage);
    }

    @Override
    public boolean add(ChatCompletionChunk chunk, SseBatch out) {
        if (chunk.getChoicesCount() == 0 && !chunk.hasUsage() && chunk.getGateway().getFailoversCount() > 0) {
            // A comment, which SSE clients skip and people can read.
            final Failover f = chunk.getGateway().getFailovers(chunk.getGateway().getFailoversCount() - 1);
            out.add((": switchboard failover " + f.getFrom() + " -> " + f.getTo()
                     + (f.getMidStream() ? " (continuing)" : "") + "\n\n").getBytes(StandardCharsets.UTF_8));
            return true;
        }
        if (OpenAiChunkEncoder.carriesNothingForChat(chunk)) {
            return false;
        }
        out.add(DATA, encoder.encode(chunk), END);
        return true;
    }

    @Override
    public void end(SseBatch out) {
        out.add(DONE);
    }

    @Override
    public void fail(GatewayException e, SseBatch out) {
        out.add(DATA, OpenAiErrors.encode(e.kind(), e.code(), e.getMessage()), END, DONE);
    }

    @Override
    public ErrorShape shape() {
        return ErrorShape.OPENAI;
    }
}
