package dev.switchboard.server.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.ContentTooLargeException;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.ResponseHeadersBuilder;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.HttpStatusException;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.inference.Caller;
import dev.switchboard.transcoder.anthropic.MessagesWire;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.openai.OpenAiErrors;

/**
 * The error body a route answers with, and the one place that picks it for a path: Anthropic's
 * under {@code /v1/messages} (an Anthropic SDK parses only its own shape), OpenAI's everywhere
 * else. Both take the HTTP status and Retry-After from the one error table.
 */
public enum ErrorShape {
    OPENAI,
    ANTHROPIC;

    /** Every path of the Anthropic API starts here. */
    static final String ANTHROPIC_PREFIX = "/v1/messages";
    private static final Logger logger = LoggerFactory.getLogger(ErrorShape.class);

    /** The shape for a request path, query included or not. */
    public static ErrorShape of(String path) {
        final int n = ANTHROPIC_PREFIX.length();
        final boolean anthropic = path.startsWith(ANTHROPIC_PREFIX)
                                  && (path.length() == n || "/?".indexOf(path.charAt(n)) >= 0);
        return anthropic ? ANTHROPIC : OPENAI;
    }

    /** The answer to {@code ctx}'s request failing with {@code e}; its message names the request. */
    public HttpResponse response(ServiceRequestContext ctx, GatewayException e) {
        return HttpResponse.of(headers(ctx, e), body(ctx, e));
    }

    /** The error body alone, for a caller that renders the status itself; its message names the request. */
    public byte[] encode(@Nullable ServiceRequestContext ctx, ErrorKind kind, String message) {
        final String quoted = quoted(ctx, message);
        return this == ANTHROPIC ? MessagesWire.errorBody(kind, quoted) : OpenAiErrors.encode(kind, null, quoted);
    }

    /**
     * {@code message} with the request's id, so a user can quote it (the id every answer carries in
     * {@code x-switchboard-request-id}, the access log's and the ledger's key). Every error
     * message, in each shape and gRPC's, is made here.
     */
    public static String quoted(@Nullable ServiceRequestContext ctx, String message) {
        return ctx == null ? message : message + " (request id: " + Caller.requestId(ctx) + ')';
    }

    /** {@code e} with its message {@link #quoted}: for a stream's error event, written by each format's encoder. */
    static GatewayException quoted(ServiceRequestContext ctx, GatewayException e) {
        return new GatewayException(e.kind(), e.code(), quoted(ctx, e.getMessage()), e.retryAfter(),
                                    e.retryAdvice(), e.getCause());
    }

    /**
     * The answer for a failure before a response started; one the gateway did not expect is
     * logged (with {@code what} failed), as its text is never shown.
     */
    HttpResponse failed(ServiceRequestContext ctx, Throwable cause, String what) {
        final GatewayException e = toGateway(cause);
        if (e.kind() == ErrorKind.INTERNAL) {
            logger.warn("{} failed", what, e.getCause() != null ? e.getCause() : e);
        }
        return response(ctx, e);
    }

    /** The headers of an error answer to {@code ctx}'s request (null in tests of the writing alone). */
    static ResponseHeaders headers(@Nullable ServiceRequestContext ctx, GatewayException e) {
        final ResponseHeadersBuilder b = ResponseHeaders.builder(e.kind().httpStatus())
                                                        .contentType(MediaType.JSON_UTF_8);
        if (e.retryAfter() != null) {
            // Whole seconds, rounded up: a client that waits what we say must not retry early.
            final long millis = e.retryAfter().toMillis();
            b.add(HttpHeaderNames.RETRY_AFTER, String.valueOf((millis + 999) / 1000));
        }
        if (e.kind() == ErrorKind.BUDGET_EXCEEDED) {
            // A spent budget stays spent until its period ends: the official SDKs would retry a 429
            // at once (and a few times) unless told not to.
            b.add("x-should-retry", "false");
        }
        return AnswerHeaders.addTo(ctx, b).build();
    }

    HttpData body(@Nullable ServiceRequestContext ctx, GatewayException e) {
        final String message = quoted(ctx, e.getMessage());
        return this == ANTHROPIC ? HttpData.wrap(MessagesWire.errorBody(e.kind(), message))
                                 : HttpData.wrap(OpenAiErrors.encode(e.kind(), e.code(), message));
    }

    /** A failure as a gateway error, including those of reading the client's body. */
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
