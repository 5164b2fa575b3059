package dev.switchboard.server.http;

import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.GatewayException;

/**
 * A client's own bound on a request, from the {@code x-switchboard-timeout} header (seconds), as a
 * {@link System#nanoTime()} deadline for the core's caller. (gRPC clients use their call deadline.)
 */
final class RequestDeadline {
    static final String HEADER = "x-switchboard-timeout";

    private RequestDeadline() {}

    /** The deadline the client asked for, or null; a malformed value is invalid. */
    @Nullable
    static Long of(HttpHeaders headers) {
        final String timeout = headers.get(HEADER);
        return timeout == null ? null : System.nanoTime() + timeoutNanos(timeout);
    }

    private static long timeoutNanos(String header) {
        final double seconds;
        try {
            seconds = Double.parseDouble(header.trim());
        } catch (NumberFormatException e) {
            throw GatewayException.invalid(HEADER + ": '" + header + "' (expected: seconds, e.g. 30 or 2.5)");
        }
        if (!(seconds > 0) || seconds > 3600) {
            throw GatewayException.invalid(HEADER + ": " + header + " (expected: > 0 and <= 3600)");
        }
        return (long) (seconds * 1e9);
    }
}
