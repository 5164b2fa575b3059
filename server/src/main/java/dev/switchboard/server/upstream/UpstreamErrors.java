package dev.switchboard.server.upstream;

import java.net.ConnectException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.linecorp.armeria.client.ResponseTimeoutException;
import com.linecorp.armeria.client.UnprocessedRequestException;
import com.linecorp.armeria.common.ClosedSessionException;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.stream.ClosedStreamException;

import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.upstream.UpstreamError;

/**
 * Maps what went wrong upstream — an error status with its body, or a transport failure — to the
 * error table, keeping the provider's own message (redacted) and its retry hint.
 */
public final class UpstreamErrors {
    private UpstreamErrors() {}

    public static GatewayException fromStatus(UpstreamProvider p, int status, HttpHeaders headers, byte[] body) {
        final UpstreamError err = p.format().adapter().parseError(status, body);
        final Duration fromHeader = retryAfter(headers);
        final Duration retryAfter = fromHeader != null ? fromHeader : err.retryAfter();
        final String message = "provider '" + p.name() + "' returned HTTP " + status + ": "
                               + p.redactor().redact(err.message());
        final String code = err.code();
        switch (status) {
            case 400:
            case 422:
                if (isContextLength(err)) {
                    return new GatewayException(ErrorKind.CONTEXT_TOO_LONG, "context_length_exceeded", message);
                }
                return new GatewayException(ErrorKind.INVALID_REQUEST, code, message);
            case 401:
            case 403:
                // The gateway's credentials for the provider were refused: not the client's fault,
                // and not something a client should answer by changing its own key.
                return new GatewayException(ErrorKind.UPSTREAM_ERROR, "upstream_auth_failed", message);
            case 404:
                return new GatewayException(ErrorKind.NOT_FOUND, code != null ? code : "model_not_found", message);
            case 408:
            case 504:
                return new GatewayException(ErrorKind.UPSTREAM_TIMEOUT, code, message);
            case 413:
                return new GatewayException(ErrorKind.REQUEST_TOO_LARGE, code, message);
            case 429:
                return new GatewayException(ErrorKind.RATE_LIMITED, code != null ? code : "rate_limit_exceeded",
                                            message, retryAfter, null);
            case 503:
            case 529:
                return new GatewayException(ErrorKind.UPSTREAM_UNAVAILABLE, code, message, retryAfter, null);
            default:
                if (status >= 400 && status < 500) {
                    return new GatewayException(ErrorKind.INVALID_REQUEST, code, message);
                }
                return new GatewayException(ErrorKind.UPSTREAM_ERROR, code, message);
        }
    }

    /**
     * A failure the codec found in what the upstream sent: names the provider and scrubs its
     * secrets from the upstream's own words.
     */
    public static GatewayException attributed(UpstreamProvider p, GatewayException e) {
        return new GatewayException(e.kind(), e.code(), "provider '" + p.name() + "': "
                                    + p.redactor().redact(e.getMessage()), e.retryAfter(), null);
    }

    /** A transport failure; never includes the URL (it may carry a key in its query). */
    public static GatewayException fromThrowable(UpstreamProvider p, Throwable t) {
        final Throwable cause = Errors.unwrap(t);
        if (cause instanceof GatewayException) {
            return (GatewayException) cause;
        }
        if (cause instanceof ResponseTimeoutException) {
            return new GatewayException(ErrorKind.UPSTREAM_TIMEOUT, "upstream_timeout",
                                        "provider '" + p.name() + "' did not respond within "
                                        + p.timeout().toMillis() + "ms", null, null);
        }
        if (cause instanceof UnprocessedRequestException) {
            final Throwable inner = cause.getCause();
            final String why = inner instanceof ConnectException ? "connection refused"
                               : inner != null ? inner.getClass().getSimpleName() : "request not sent";
            return new GatewayException(ErrorKind.UPSTREAM_UNREACHABLE, "upstream_unreachable",
                                        "could not connect to provider '" + p.name() + "': " + why, null, null);
        }
        if (cause instanceof ClosedSessionException || cause instanceof ClosedStreamException) {
            return new GatewayException(ErrorKind.UPSTREAM_ERROR, "upstream_disconnected",
                                        "provider '" + p.name() + "' closed the connection", null, null);
        }
        if (!isTransport(cause)) {
            // A bug of ours (say a NullPointerException in a callback), not the provider's doing:
            // INTERNAL is logged with its stack, never retried elsewhere, never held against the
            // provider's health.
            return new GatewayException(ErrorKind.INTERNAL, null, "internal error while calling provider '"
                                        + p.name() + "'", null, cause);
        }
        return new GatewayException(ErrorKind.UPSTREAM_ERROR, null, "request to provider '" + p.name()
                                    + "' failed: " + cause.getClass().getSimpleName(), null, cause);
    }

    /** I/O, and the exceptions Armeria and Netty use for what happened on the wire. */
    private static boolean isTransport(Throwable t) {
        final String name = t.getClass().getName();
        return t instanceof java.io.IOException || name.startsWith("com.linecorp.armeria.")
               || name.startsWith("io.netty.") || name.startsWith("io.grpc.");
    }

    private static boolean isContextLength(UpstreamError err) {
        final String text = (err.code() + " " + err.message()).toLowerCase(Locale.ROOT);
        // Anthropic: "prompt is too long: 208310 tokens > 200000 maximum", and for input plus
        // max_tokens "input length and `max_tokens` exceed context limit: …".
        return text.contains("context_length_exceeded") || text.contains("context length")
               || text.contains("maximum context") || text.contains("too many tokens")
               || text.contains("prompt is too long") || text.contains("exceed context limit");
    }

    /** Retry-After as seconds or an HTTP date, or OpenAI's retry-after-ms. */
    @Nullable
    static Duration retryAfter(HttpHeaders headers) {
        final String ms = headers.get("retry-after-ms");
        if (ms != null) {
            try {
                return Duration.ofMillis((long) Double.parseDouble(ms.trim()));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        final String value = headers.get("retry-after");
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofMillis((long) (Double.parseDouble(value.trim()) * 1000));
        } catch (NumberFormatException e) {
            try {
                final Duration d = Duration.between(ZonedDateTime.now(),
                                                    ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException unparsable) {
                return null;
            }
        }
    }
}
