package dev.switchboard.server.routing;

import java.time.Duration;

import dev.switchboard.v1.RetryPolicy;

/** How one request retries a target before trying the next, and its overall deadline. */
public record Retry(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration deadline) {
    /**
     * For requests that name a provider model directly, and the alias default: two retries (three
     * attempts), as the official OpenAI and Anthropic SDKs make, so a client that leaves retrying
     * to the gateway is no less resilient than one talking to the provider.
     */
    public static final Retry DEFAULT = new Retry(3, Duration.ofMillis(200), Duration.ofSeconds(5),
                                                  Duration.ofSeconds(120));

    static Retry of(RetryPolicy p) {
        return new Retry(p.getMaxAttempts(), java(p.getInitialBackoff()), java(p.getMaxBackoff()), java(p.getDeadline()));
    }

    private static Duration java(com.google.protobuf.Duration d) {
        return Duration.ofSeconds(d.getSeconds(), d.getNanos());
    }
}
