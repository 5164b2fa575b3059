package dev.switchboard.transcoder.http;

import io.netty.util.AttributeKey;

/**
 * A client's own bound on a request, from the {@code x-switchboard-timeout} header (seconds),
 * handed to the service through the request context as a {@link System#nanoTime()} deadline.
 * (gRPC clients use their call deadline.)
 */
public final class RequestDeadline {
    public static final String HEADER = "x-switchboard-timeout";
    public static final AttributeKey<Long> NANOS = AttributeKey.valueOf(RequestDeadline.class, "NANOS");

    private RequestDeadline() {}
}
