package dev.switchboard.server.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.protobuf.Timestamp;
import com.linecorp.armeria.client.circuitbreaker.CircuitBreaker;
import com.linecorp.armeria.client.circuitbreaker.CircuitState;
import com.linecorp.armeria.common.HttpHeaders;

import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.server.upstream.ProviderLimits;
import dev.switchboard.server.upstream.UpstreamCaller;
import dev.switchboard.v1.AliasTargetStatus;

/**
 * The {@link TargetTraffic} of every target traffic has touched, keyed by "provider/model". Clients
 * choose the model part freely, so the states are a bounded cache: a target idle for an hour starts
 * afresh.
 */
public final class TargetStates {
    /** When a target's circuit opens, and how it recovers. */
    public record BreakerConfig(double failureRate, int minimumRequests, Duration window, Duration openFor,
                                Duration trialInterval) {
        public static final BreakerConfig DEFAULT = new BreakerConfig(
                0.5, 5, Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofSeconds(3));
    }

    private final BreakerConfig config;
    private final Clock clock;
    /** Read on every try; its upkeep runs on the reader's thread, not the common pool's. */
    private final Cache<String, TargetTraffic> states = Caffeine.newBuilder()
                                                              .executor(Runnable::run)
                                                              .expireAfterAccess(Duration.ofHours(1))
                                                              .maximumSize(100_000)
                                                              .build();

    public TargetStates(BreakerConfig config) {
        this(config, Clock.systemUTC());
    }

    /** @param clock when the providers' rate limits reset (their resets are wall-clock times) */
    public TargetStates(BreakerConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Learns from every chat answer's headers whether its provider has run out of requests or
     * tokens ({@link ProviderLimits}), so routing passes the target by until the reset.
     */
    public UpstreamCaller.AnswerHeaders learner() {
        return this::learn;
    }

    private void learn(UpstreamProvider p, String model, int status, HttpHeaders headers) {
        final Instant until = ProviderLimits.exhaustedUntil(status, headers, clock.instant());
        if (until != null) {
            of(p.name() + '/' + model).exhaust(until);
        }
    }

    /** Every target's state by "provider/model", a live view (what metrics show of the breakers). */
    public Map<String, TargetTraffic> all() {
        return Collections.unmodifiableMap(states.asMap());
    }

    /**
     * A target's state as the admin API shows it, by "provider/model": closed and zero for a
     * target no traffic has touched (it is not created by looking).
     */
    public AliasTargetStatus status(String key) {
        final TargetTraffic t = states.getIfPresent(key);
        if (t == null) {
            return AliasTargetStatus.newBuilder().setBreakerState(AliasTargetStatus.BreakerState.CLOSED).build();
        }
        final AliasTargetStatus.Builder b = AliasTargetStatus.newBuilder()
                                                             .setBreakerState(breakerState(t.breaker().circuitState()))
                                                             .setInFlight(t.inFlight())
                                                             .setRequests(t.tries())
                                                             .setFailures(t.failures());
        final Instant served = t.lastServed();
        if (served != null) {
            b.setLastServedTime(Timestamp.newBuilder().setSeconds(served.getEpochSecond()).setNanos(served.getNano()));
        }
        return b.build();
    }

    private static AliasTargetStatus.BreakerState breakerState(CircuitState s) {
        switch (s) {
            case CLOSED: return AliasTargetStatus.BreakerState.CLOSED;
            case HALF_OPEN: return AliasTargetStatus.BreakerState.HALF_OPEN;
            // FORCED_OPEN (an operator's switch in Armeria) is open all the same.
            default: return AliasTargetStatus.BreakerState.OPEN;
        }
    }

    public TargetTraffic of(String key) {
        return states.get(key, k -> new TargetTraffic(
                CircuitBreaker.builder("target:" + k)
                              .failureRateThreshold(config.failureRate())
                              .minimumRequestThreshold(config.minimumRequests())
                              .counterSlidingWindow(config.window())
                              .counterUpdateInterval(Duration.ofMillis(Math.min(1000, config.window().toMillis() / 2)))
                              .circuitOpenWindow(config.openFor())
                              .trialRequestInterval(config.trialInterval())
                              .build()));
    }
}
