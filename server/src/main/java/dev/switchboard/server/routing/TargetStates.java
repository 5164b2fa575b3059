package dev.switchboard.server.routing;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.linecorp.armeria.client.circuitbreaker.CircuitBreaker;

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
    private final Cache<String, TargetTraffic> states = Caffeine.newBuilder()
                                                              .expireAfterAccess(Duration.ofHours(1))
                                                              .maximumSize(100_000)
                                                              .build();

    public TargetStates(BreakerConfig config) {
        this.config = config;
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
