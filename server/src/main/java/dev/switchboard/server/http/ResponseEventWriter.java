package dev.switchboard.server.http;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.responses.ResponseEventEncoder;
import dev.switchboard.v1.ResponseStreamEvent;

import io.netty.util.concurrent.EventExecutor;

/**
 * Writes a streamed response as Responses server-sent events ({@code event:} + {@code data:}).
 * Headers go out with the started event, so a failure before it is a plain HTTP error in OpenAI's
 * shape; after it, a failure is an {@code error} event and {@code response.failed}. A stream never
 * just stops.
 */
final class ResponseEventWriter extends InProcessObserver<ResponseStreamEvent> {
    private static final Logger logger = LoggerFactory.getLogger(ResponseEventWriter.class);

    private static final byte[] EVENT = "event: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = "\ndata: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);

    private final HttpResponseWriter writer;
    private final SseBatch batch;
    private final ResponseEventEncoder encoder = new ResponseEventEncoder(this::write);

    ResponseEventWriter(HttpResponseWriter writer, EventExecutor loop) {
        this.writer = writer;
        batch = new SseBatch(writer, loop);
        writer.whenComplete().handle((unused, cause) -> {
            if (cause != null) {
                cancel();
            }
            return null;
        });
    }

    @Override
    public void onNext(ResponseStreamEvent event) {
        switch (event.getEventCase()) {
            case STARTED:
                writer.tryWrite(GatewayHeaders.add(ResponseHeaders.builder(200)
                                                                 .contentType(MediaType.EVENT_STREAM)
                                                                 .add(HttpHeaderNames.CACHE_CONTROL, "no-cache"),
                                                   event.getStarted().getCompletion().getGateway()).build());
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
    }

    @Override
    public void onError(Throwable t) {
        final GatewayException e = Errors.toGateway(t);
        if (e.kind() == ErrorKind.INTERNAL) {
            logger.warn("response stream failed", e.getCause() != null ? e.getCause() : e);
        }
        if (!encoder.hasStarted()) {
            writer.tryWrite(OpenAiHttpErrors.headers(e));
            writer.tryWrite(OpenAiHttpErrors.body(e));
        } else {
            encoder.failed(e);
        }
        batch.close();
    }

    @Override
    public void onCompleted() {
        batch.close();
    }

    private void write(ResponseEventEncoder.Event event) {
        batch.add(EVENT, event.type().getBytes(StandardCharsets.US_ASCII), DATA, event.json(), END);
    }
}
