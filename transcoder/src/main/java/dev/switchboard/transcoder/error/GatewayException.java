package dev.switchboard.transcoder.error;

import java.time.Duration;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * The one domain exception. Its message is shown to clients, so it must never contain a secret;
 * an upstream's own message may be attached only after redaction.
 */
public final class GatewayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    @Nullable
    private final String code;
    @Nullable
    private final Duration retryAfter;
    private final RetryAdvice retryAdvice;

    public GatewayException(ErrorKind kind, String message) {
        this(kind, null, message, null, null);
    }

    public GatewayException(ErrorKind kind, @Nullable String code, String message) {
        this(kind, code, message, null, null);
    }

    public GatewayException(ErrorKind kind, @Nullable String code, String message,
                            @Nullable Duration retryAfter, @Nullable Throwable cause) {
        this(kind, code, message, retryAfter, RetryAdvice.UNSAID, cause);
    }

    public GatewayException(ErrorKind kind, @Nullable String code, String message,
                            @Nullable Duration retryAfter, RetryAdvice retryAdvice, @Nullable Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = code;
        this.retryAfter = retryAfter;
        this.retryAdvice = Objects.requireNonNull(retryAdvice, "retryAdvice");
    }

    public ErrorKind kind() {
        return kind;
    }

    /** A specific code for the error body (for example "model_not_found"), or null. */
    @Nullable
    public String code() {
        return code;
    }

    /** How long the client should wait before retrying, when the upstream said so. */
    @Nullable
    public Duration retryAfter() {
        return retryAfter;
    }

    /** What the upstream said about trying the same request again. */
    public RetryAdvice retryAdvice() {
        return retryAdvice;
    }

    public static GatewayException invalid(String message) {
        return new GatewayException(ErrorKind.INVALID_REQUEST, message);
    }

    public static GatewayException notFound(String code, String message) {
        return new GatewayException(ErrorKind.NOT_FOUND, code, message);
    }
}
