package dev.switchboard.server.routing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.linecorp.armeria.client.circuitbreaker.CircuitBreaker;
import com.linecorp.armeria.client.circuitbreaker.CircuitState;

/** The state of every target traffic has touched, keyed by "provider/model". */
public final class TargetStates {
    /** When a target's circuit opens, and how it recovers. */
    public record BreakerConfig(double failureRate, int minimumRequests, Duration window, Duration openFor,
                                Duration trialInterval) {
        public static final BreakerConfig DEFAULT = new BreakerConfig(
                0.5, 5, Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofSeconds(3));
    }

    private final BreakerConfig config;
    private final Map<String, TargetState> states = new ConcurrentHashMap<>();

    public TargetStates(BreakerConfig config) {
        this.config = config;
    }

    public TargetState of(String key) {
        return states.computeIfAbsent(key, k -> new TargetState(
                CircuitBreaker.builder("target:" + k)
                              .failureRateThreshold(config.failureRate())
                              .minimumRequestThreshold(config.minimumRequests())
                              .counterSlidingWindow(config.window())
                              .counterUpdateInterval(Duration.ofMillis(Math.min(1000, config.window().toMillis() / 2)))
                              .circuitOpenWindow(config.openFor())
                              .trialRequestInterval(config.trialInterval())
                              .build()));
    }

    /** The breaker state of a target, CLOSED when traffic has not touched it. */
    public CircuitState circuit(String key) {
        final TargetState s = states.get(key);
        return s == null ? CircuitState.CLOSED : s.breaker().circuitState();
    }
}
