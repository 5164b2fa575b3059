package dev.switchboard.server.usage;

import java.util.function.Supplier;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.GatewayException;

import io.netty.util.AttributeKey;

/**
 * What the gateway's telemetry (metrics, traces, the access log) hears of one request: the same
 * moments that keep its account ({@link Metered} passes them on), so the core has one seam for
 * both. Created per request by the telemetry decorator and kept in the request's context
 * ({@link #ATTR}); {@link #NONE} hears nothing. Called on the request's event loop, never blocks.
 */
public interface Watch {
    /** The request's watch, in its {@code ServiceRequestContext}. */
    AttributeKey<Watch> ATTR = AttributeKey.valueOf(Watch.class, "WATCH");

    Watch NONE = new Watch() {};

    /** Refused before routing: a rate limit, a budget or a quota. No other call follows. */
    default void refused(GatewayException e) {}

    /**
     * A try starts on this target; {@code attempt} counts the request's tries from 1 (retries and
     * fallbacks included).
     */
    default void trying(String provider, String model, @Nullable String alias, int attempt) {}

    /**
     * Runs {@code send}, which sends the current try's upstream request, in the try's context: a
     * tracer makes the try's span current so the upstream request carries its {@code traceparent}.
     */
    default <T> T inTry(Supplier<T> send) {
        return send.get();
    }

    /** The current try ended: {@code error} null when it served the answer or the client left. */
    default void tryEnded(@Nullable GatewayException error) {}

    /** The request's first token (over all its tries). */
    default void firstToken() {}

    /** A streamed answer sent one more event to the client (inter-token latency). */
    default void streamed() {}

    /** The request's account closed, exactly once: the ledger's row (cost null when unpriced or metering is off). */
    default void ended(UsageRecord record) {}
}
