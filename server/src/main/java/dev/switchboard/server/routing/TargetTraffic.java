package dev.switchboard.server.routing;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.linecorp.armeria.client.circuitbreaker.CircuitBreaker;
import com.linecorp.armeria.common.annotation.Nullable;

/**
 * What the gateway has learned about one target from live traffic: requests in flight, a moving
 * average of time to first token, a circuit breaker, until when the provider's own rate limits
 * refuse it, and how many tries it served and failed (what the admin API shows of it).
 */
public final class TargetTraffic {
    /** Weight of the newest sample in the moving average. */
    private static final double ALPHA = 0.3;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final CircuitBreaker breaker;
    /** Milliseconds; NaN until the first sample, which then counts as average. */
    private volatile double ttftMillis = Double.NaN;
    /** Epoch milliseconds; 0 when the provider never said it was out of requests or tokens. */
    private volatile long exhaustedUntilMillis;
    private final LongAdder tries = new LongAdder();
    private final LongAdder failures = new LongAdder();
    /** Epoch milliseconds of the last whole answer; 0 before the first. */
    private volatile long lastServedMillis;

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

    /** A try delivered its whole answer at {@code epochMillis} (a long: no allocation per try). */
    public void served(long epochMillis) {
        tries.increment();
        lastServedMillis = epochMillis;
    }

    /** A try failed. */
    public void failed() {
        tries.increment();
        failures.increment();
    }

    /** Tries that ended, served or failed. */
    public long tries() {
        return tries.sum();
    }

    /** Tries that failed. */
    public long failures() {
        return failures.sum();
    }

    /** When a try last delivered a whole answer, or null when none did. */
    @Nullable
    public Instant lastServed() {
        final long at = lastServedMillis;
        return at == 0 ? null : Instant.ofEpochMilli(at);
    }

    /** The average, or NaN when there is no sample yet. */
    public double ttftMillis() {
        return ttftMillis;
    }

    /**
     * The provider refuses this target until {@code until}. A later answer's earlier reset does
     * not shorten it: answers overtake each other, and a wrongly hopeful one costs a 429.
     */
    public void exhaust(Instant until) {
        final long millis = until.toEpochMilli();
        // A racing update may keep the earlier of two resets; the next answer says it again.
        if (millis > exhaustedUntilMillis) {
            exhaustedUntilMillis = millis;
        }
    }

    /** Until when the provider refuses this target, or null when it does not at {@code now}. */
    @Nullable
    public Instant exhaustedUntil(Instant now) {
        final long until = exhaustedUntilMillis;
        return until > now.toEpochMilli() ? Instant.ofEpochMilli(until) : null;
    }

    public void firstToken(long millis) {
        final double prev = ttftMillis;
        // A racing update may lose one sample; an average does not mind.
        ttftMillis = Double.isNaN(prev) ? millis : ALPHA * millis + (1 - ALPHA) * prev;
    }
}
