package dev.switchboard.server.error;

import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.ServerErrorHandler;
import com.linecorp.armeria.server.ServiceConfig;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.http.AnswerHeaders;
import dev.switchboard.server.http.ErrorShape;
import dev.switchboard.transcoder.error.ErrorKind;

/**
 * Errors Armeria raises before a service runs (no route, body over the limit, bad framing)
 * answer in OpenAI's error JSON like everything else on the HTTP surface. gRPC keeps its own.
 */
public final class HttpErrorHandler implements ServerErrorHandler {

    @Nullable
    @Override
    public HttpResponse onServiceException(ServiceRequestContext ctx, Throwable cause) {
        return null;
    }

    @Nullable
    @Override
    public AggregatedHttpResponse renderStatus(@Nullable ServiceRequestContext ctx, ServiceConfig config,
                                               @Nullable RequestHeaders headers, HttpStatus status,
                                               @Nullable String description, @Nullable Throwable cause) {
        if (headers != null && headers.contentType() != null
            && headers.contentType().subtype().startsWith("grpc")) {
            return null;
        }
        final ErrorKind kind = ErrorKind.forHttp(status.code());
        final String message = description != null ? description : messageOf(status, headers);
        // An Anthropic SDK parses only Anthropic's error shape (say a body over the limit, which
        // Armeria refuses before the Messages service runs).
        final ErrorShape shape = headers != null ? ErrorShape.of(headers.path()) : ErrorShape.OPENAI;
        final byte[] body = shape.encode(ctx, kind, message);
        // A limit the request passed still shows on its answer (its rate-limit headers).
        return AggregatedHttpResponse.of(AnswerHeaders.addTo(ctx, ResponseHeaders.builder(status)
                                                                          .contentType(MediaType.JSON_UTF_8)).build(),
                                         HttpData.wrap(body));
    }

    private static String messageOf(HttpStatus status, @Nullable RequestHeaders headers) {
        if (status.code() == 404 && headers != null) {
            final String path = headers.path();
            final int q = path.indexOf('?');
            return "no route for " + headers.method() + ' ' + (q < 0 ? path : path.substring(0, q));
        }
        if (status.code() == 413) {
            return "request body exceeds the size limit";
        }
        if (status.code() == 400 && headers != null
            && (headers.contentType() == null || !headers.contentType().is(MediaType.JSON))) {
            // The admin API's JSON transcoding refuses other content types without saying why.
            return "the request body must be JSON, sent with 'Content-Type: application/json'";
        }
        return status.reasonPhrase();
    }
}
