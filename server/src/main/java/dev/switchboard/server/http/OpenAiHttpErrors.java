package dev.switchboard.server.http;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.ResponseHeadersBuilder;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.openai.OpenAiErrors;

/** Renders a gateway error as OpenAI's error JSON with the table's HTTP status. */
public final class OpenAiHttpErrors {
    private OpenAiHttpErrors() {}

    public static HttpResponse response(GatewayException e) {
        return HttpResponse.of(headers(e), body(e));
    }

    public static HttpResponse response(ErrorKind kind, String message) {
        return response(new GatewayException(kind, message));
    }

    static ResponseHeaders headers(GatewayException e) {
        final ResponseHeadersBuilder b = ResponseHeaders.builder(e.kind().httpStatus())
                                                        .contentType(MediaType.JSON_UTF_8);
        if (e.retryAfter() != null) {
            // Whole seconds, rounded up: a client that waits what we say must not retry early.
            final long millis = e.retryAfter().toMillis();
            b.add(HttpHeaderNames.RETRY_AFTER, String.valueOf((millis + 999) / 1000));
        }
        return b.build();
    }

    static HttpData body(GatewayException e) {
        return HttpData.wrap(OpenAiErrors.encode(e.kind(), e.code(), e.getMessage()));
    }
}
