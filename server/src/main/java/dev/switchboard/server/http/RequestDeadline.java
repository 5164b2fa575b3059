package dev.switchboard.server.http;

import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.transcoder.error.GatewayException;

import io.netty.util.AttributeKey;

/**
 * A client's own bound on a request, from the {@code x-switchboard-timeout} header (seconds),
 * handed to the service through the request context as a {@link System#nanoTime()} deadline.
 * (gRPC clients use their call deadline.)
 */
public final class RequestDeadline {
    public static final String HEADER = "x-switchboard-timeout";
    public static final AttributeKey<Long> NANOS = AttributeKey.valueOf(RequestDeadline.class, "NANOS");

    /** Sets the deadline from the header when the client sent one; a malformed value is invalid. */
    static void apply(ServiceRequestContext ctx, HttpHeaders headers) {
        final String timeout = headers.get(HEADER);
        if (timeout != null) {
            ctx.setAttr(NANOS, System.nanoTime() + timeoutNanos(timeout));
        }
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

    private RequestDeadline() {}
}
