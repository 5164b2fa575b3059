package dev.switchboard.transcoder.http;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.respapi.ResponseEventEncoder;
import dev.switchboard.v1.ResponseStreamEvent;

/**
 * Writes a streamed response as Responses server-sent events ({@code event:} + {@code data:}).
 * Headers go out with the started event, so a failure before it is a plain HTTP error in OpenAI's
 * shape; after it, a failure is an {@code error} event and {@code response.failed}. A stream never
 * just stops.
 */
final class ResponseEventWriter extends InProcessObserver<ResponseStreamEvent> {
    private static final Logger logger = LoggerFactory.getLogger(ResponseEventWriter.class);

    private final HttpResponseWriter writer;
    private final ResponseEventEncoder encoder = new ResponseEventEncoder(this::write);

    ResponseEventWriter(HttpResponseWriter writer) {
        this.writer = writer;
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
        writer.close();
    }

    @Override
    public void onCompleted() {
        writer.close();
    }

    private void write(ResponseEventEncoder.Event event) {
        final byte[] head = ("event: " + event.type() + "\ndata: ").getBytes(StandardCharsets.US_ASCII);
        final byte[] json = event.json();
        final byte[] frame = new byte[head.length + json.length + 2];
        System.arraycopy(head, 0, frame, 0, head.length);
        System.arraycopy(json, 0, frame, head.length, json.length);
        frame[frame.length - 2] = '\n';
        frame[frame.length - 1] = '\n';
        writer.tryWrite(HttpData.wrap(frame));
    }
}
