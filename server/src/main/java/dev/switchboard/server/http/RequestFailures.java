package dev.switchboard.server.http;

import com.linecorp.armeria.common.ContentTooLargeException;
import com.linecorp.armeria.server.HttpStatusException;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;

/** Maps failures while reading a client's request body. */
final class RequestFailures {
    private RequestFailures() {}

    static GatewayException toGateway(Throwable cause) {
        Throwable t = Errors.unwrap(cause);
        // A body Armeria's decoder collects is cut short with the status it chose, the reason inside.
        if (t instanceof HttpStatusException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ContentTooLargeException) {
            final long max = ((ContentTooLargeException) t).maxContentLength();
            return new GatewayException(ErrorKind.REQUEST_TOO_LARGE, "request_too_large",
                                        "request body exceeds the limit of " + max + " bytes");
        }
        return Errors.toGateway(t);
    }
}
