package dev.switchboard.server.routing;

import java.util.concurrent.atomic.AtomicInteger;

import com.linecorp.armeria.client.circuitbreaker.CircuitBreaker;

/**
 * What the gateway has learned about one target from live traffic: requests in flight, a moving
 * average of time to first token, and a circuit breaker.
 */
public final class TargetTraffic {
    /** Weight of the newest sample in the moving average. */
    private static final double ALPHA = 0.3;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final CircuitBreaker breaker;
    /** Milliseconds; NaN until the first sample, which then counts as average. */
    private volatile double ttftMillis = Double.NaN;

    TargetTraffic(CircuitBreaker breaker) {
        this.breaker = breaker;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public int inFlight() {
        return inFlight.get();
    }

    public void started() {
        inFlight.incrementAndGet();
    }

    public void ended() {
        inFlight.decrementAndGet();
    }

    /** The average, or NaN when there is no sample yet. */
    public double ttftMillis() {
        return ttftMillis;
    }

    public void firstToken(long millis) {
        final double prev = ttftMillis;
        // A racing update may lose one sample; an average does not mind.
        ttftMillis = Double.isNaN(prev) ? millis : ALPHA * millis + (1 - ALPHA) * prev;
    }
}
