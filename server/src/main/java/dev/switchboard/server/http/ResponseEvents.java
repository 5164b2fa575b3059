package dev.switchboard.server.http;

import java.nio.charset.StandardCharsets;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.responses.ResponseEventEncoder;
import dev.switchboard.v1.GatewayInfo;
import dev.switchboard.v1.ResponseStreamEvent;

/**
 * A response stream as Responses events ({@code event:} + {@code data:}), from
 * {@code response.created} to {@code response.completed}; a failure after the start is an
 * {@code error} event and {@code response.failed}.
 */
final class ResponseEvents implements SseEvents<ResponseStreamEvent> {
    private static final byte[] EVENT = "event: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = "\ndata: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);

    private final ResponseEventEncoder encoder = new ResponseEventEncoder(this::write);
    /** Where the encoder's events go: the batch of the call being made. */
    @Nullable
    private SseBatch out;
    private int written;

    @Override
    public boolean add(ResponseStreamEvent event, SseBatch out) {
        final int before = written;
        this.out = out;
        switch (event.getEventCase()) {
            case STARTED:
                encoder.started(event.getStarted());
                break;
            case CHUNK:
                encoder.chunk(event.getChunk());
                break;
            case COMPLETED:
                encoder.completed(event.getCompleted());
                break;
            default:
                break;
        }
        return written > before;
    }

    @Override
    public GatewayInfo info(ResponseStreamEvent event) {
        return event.getStarted().getCompletion().getGateway();
    }

    @Override
    public void end(SseBatch out) {}

    @Override
    public void fail(GatewayException e, SseBatch out) {
        this.out = out;
        encoder.failed(e);
    }

    @Override
    public ErrorShape shape() {
        return ErrorShape.OPENAI;
    }

    private void write(ResponseEventEncoder.Event event) {
        written++;
        out.add(EVENT, event.type().getBytes(StandardCharsets.US_ASCII), DATA, event.json(), END);
    }
}
