package dev.switchboard.transcoder.error;

import java.time.Duration;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * An error an upstream reports inside an answer it had already begun with HTTP 200 (an error chunk
 * in a chat stream, Anthropic's {@code event: error}, a Gemini error in a stream or body). Its code
 * or type says whose fault it was. A client error (OpenRouter's {@code {"code":400,"message":"Token
 * limit reached"}}) is the provider's answer to this request: the client gets it as it is, and it
 * is {@link RetryAdvice#FINAL}, since sending the request again would bill a second generation for
 * the same refusal. A server error, a rate limit or a timeout keeps the usual rules (retried before
 * anything was sent, the mid-stream rule after).
 */
public final class InBandErrors {
    /** The HTTP status each provider's error type stands for (OpenAI, Anthropic, Google). */
    private static final Map<String, Integer> STATUS_OF_TYPE = Map.ofEntries(
            Map.entry("invalid_request_error", 400), Map.entry("authentication_error", 401),
            Map.entry("permission_error", 403), Map.entry("not_found_error", 404),
            Map.entry("request_too_large", 413), Map.entry("rate_limit_error", 429),
            Map.entry("api_error", 500), Map.entry("server_error", 500), Map.entry("overloaded_error", 529),
            Map.entry("INVALID_ARGUMENT", 400), Map.entry("FAILED_PRECONDITION", 400),
            Map.entry("OUT_OF_RANGE", 400), Map.entry("UNAUTHENTICATED", 401),
            Map.entry("PERMISSION_DENIED", 403), Map.entry("NOT_FOUND", 404),
            Map.entry("RESOURCE_EXHAUSTED", 429), Map.entry("INTERNAL", 500), Map.entry("UNAVAILABLE", 503),
            Map.entry("DEADLINE_EXCEEDED", 504));

    /**
     * The error for {@code code} (a number such as {@code 400}, or a name such as {@code server_error})
     * and {@code type}, either of which may be missing; {@code message} as the client should read it.
     */
    public static GatewayException of(@Nullable String code, @Nullable String type, String message,
                                      @Nullable Duration retryAfter) {
        final int status = status(code, type);
        final String specific = code != null ? code : type;
        // As the provider SDKs judge a status: 408, 409 and 429 say "later", not "never".
        if (status >= 400 && status < 500 && status != 408 && status != 409 && status != 429) {
            return new GatewayException(clientErrorKind(status), specific, message, retryAfter, RetryAdvice.FINAL,
                                        null);
        }
        final ErrorKind kind = status == 429 ? ErrorKind.RATE_LIMITED
                               : status == 503 || status == 529 ? ErrorKind.UPSTREAM_UNAVAILABLE
                               : status == 408 || status == 504 ? ErrorKind.UPSTREAM_TIMEOUT
                               : ErrorKind.UPSTREAM_ERROR;
        return new GatewayException(kind, specific, message, retryAfter, RetryAdvice.UNSAID, null);
    }

    /** The status the code says, else the one the type stands for; 0 when neither says. */
    static int status(@Nullable String code, @Nullable String type) {
        if (code != null && isNumber(code)) {
            return Integer.parseInt(code);
        }
        for (String name : new String[] { code, type }) {
            final Integer known = name == null ? null : STATUS_OF_TYPE.get(name);
            if (known != null) {
                return known;
            }
        }
        return 0;
    }

    /** As for an HTTP status, except that refused credentials or credit are the gateway's, not the client's. */
    private static ErrorKind clientErrorKind(int status) {
        switch (status) {
            case 401:
            case 402:
            case 403:
                return ErrorKind.UPSTREAM_ERROR;
            case 404:
                return ErrorKind.NOT_FOUND;
            case 413:
                return ErrorKind.REQUEST_TOO_LARGE;
            default:
                return ErrorKind.INVALID_REQUEST;
        }
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private InBandErrors() {}
}
