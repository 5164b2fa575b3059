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

import dev.switchboard.server.provider.PrivateAddressRefused;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.error.RetryAdvice;
import dev.switchboard.transcoder.format.UpstreamError;

/**
 * Maps what went wrong upstream — an error status with its body, or a transport failure — to the
 * error table, keeping the provider's own message (redacted) and its retry hint.
 */
public final class UpstreamFailures {
    private UpstreamFailures() {}

    public static GatewayException fromStatus(UpstreamProvider p, int status, HttpHeaders headers, byte[] body) {
        final UpstreamError err = p.format().adapter().parseError(status, body);
        final Duration fromHeader = retryAfter(headers);
        final Duration retryAfter = fromHeader != null ? fromHeader : err.retryAfter();
        final String message = "provider '" + p.name() + "' returned HTTP " + status + ": "
                               + p.redactor().redact(err.message());
        final ErrorKind kind;
        String code = err.code();
        switch (status) {
            case 400:
            case 422:
                if (isContextLength(err)) {
                    kind = ErrorKind.CONTEXT_TOO_LONG;
                    code = "context_length_exceeded";
                } else {
                    kind = ErrorKind.INVALID_REQUEST;
                }
                break;
            case 401:
            case 403:
                // The gateway's credentials for the provider were refused: not the client's fault,
                // and not something a client should answer by changing its own key.
                kind = ErrorKind.UPSTREAM_ERROR;
                code = "upstream_auth_failed";
                break;
            case 404:
                kind = ErrorKind.NOT_FOUND;
                code = code != null ? code : "model_not_found";
                break;
            case 408:
            case 504:
                kind = ErrorKind.UPSTREAM_TIMEOUT;
                break;
            case 413:
                kind = ErrorKind.REQUEST_TOO_LARGE;
                break;
            case 429:
                kind = ErrorKind.RATE_LIMITED;
                code = code != null ? code : "rate_limit_exceeded";
                break;
            case 503:
            case 529:
                kind = ErrorKind.UPSTREAM_UNAVAILABLE;
                break;
            default:
                kind = status >= 400 && status < 500 ? ErrorKind.INVALID_REQUEST : ErrorKind.UPSTREAM_ERROR;
        }
        return new GatewayException(kind, code, message, retryAfter, advice(status, headers), null);
    }

    /**
     * The official OpenAI and Anthropic SDKs obey {@code x-should-retry} when the upstream sends it;
     * otherwise they retry 408, 409 (a lock timeout), 429 and 5xx. The kinds already say so for all
     * but two: a 409 is retried although its kind is a client error, and a refused key (401, 403)
     * is not retried on the same target although its kind is the upstream's doing.
     */
    static RetryAdvice advice(int status, HttpHeaders headers) {
        final String said = headers.get("x-should-retry");
        if (said != null) {
            if ("true".equalsIgnoreCase(said.trim())) {
                return RetryAdvice.RETRY;
            }
            if ("false".equalsIgnoreCase(said.trim())) {
                return RetryAdvice.DO_NOT_RETRY;
            }
        }
        if (status == 409) {
            return RetryAdvice.RETRY;
        }
        return status == 401 || status == 403 ? RetryAdvice.DO_NOT_RETRY : RetryAdvice.UNSAID;
    }

    /**
     * A failure the codec found in what the upstream sent: names the provider and scrubs its
     * secrets from the upstream's own words.
     */
    public static GatewayException attributed(UpstreamProvider p, GatewayException e) {
        final String own = "provider '" + p.name() + '\'';
        if (e.getMessage() != null && e.getMessage().startsWith(own)) {
            // Ours already (an error status, redacted by fromStatus): named once is enough.
            return e;
        }
        return new GatewayException(e.kind(), e.code(), own + ": " + p.redactor().redact(e.getMessage()),
                                    e.retryAfter(), e.retryAdvice(), null);
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
        final PrivateAddressRefused refused = find(cause, PrivateAddressRefused.class);
        if (refused != null) {
            return new GatewayException(ErrorKind.UPSTREAM_UNREACHABLE, "upstream_address_refused",
                                        "provider '" + p.name() + "': " + refused.getMessage(), null, null);
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

    @Nullable
    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
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

    /**
     * {@code retry-after-ms} first, as the official SDKs read it, else Retry-After as seconds or an
     * HTTP date; null when neither says anything usable.
     */
    @Nullable
    static Duration retryAfter(HttpHeaders headers) {
        final String ms = headers.get("retry-after-ms");
        if (ms != null) {
            try {
                final double millis = Double.parseDouble(ms.trim());
                if (millis >= 0 && !Double.isInfinite(millis)) {
                    return Duration.ofMillis((long) millis);
                }
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        final String value = headers.get("retry-after");
        if (value == null) {
            return null;
        }
        try {
            final double seconds = Double.parseDouble(value.trim());
            return seconds >= 0 && !Double.isInfinite(seconds) ? Duration.ofMillis((long) (seconds * 1000)) : null;
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
