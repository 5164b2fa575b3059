package dev.switchboard.server.provider;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * What a user sets on a provider, secrets aside: those travel next to it as {@code Secret}s.
 *
 * @param name unique; letters, digits, '.', '_' and '-' (the prefix of "name/model" ids)
 * @param timeout upstream timeout, positive, kept to the millisecond
 */
public record ProviderSpec(String name, String preset, String apiFormat, String baseUrl,
                           Map<String, String> headers, Duration timeout, boolean enabled, Timing timing) {
    /**
     * The rest of a provider's timing. {@code firstTokenTimeout} zero means the provider's timeout;
     * {@code healthCheckInterval} zero turns health checks off.
     */
    public record Timing(Duration connectTimeout, Duration firstTokenTimeout, Duration healthCheckInterval) {
        public static final Timing DEFAULT = new Timing(Duration.ofSeconds(10), Duration.ZERO, Duration.ofSeconds(60));

        public Timing {
            requireNonNull(connectTimeout, "connectTimeout");
            requireNonNull(firstTokenTimeout, "firstTokenTimeout");
            requireNonNull(healthCheckInterval, "healthCheckInterval");
            if (connectTimeout.isZero() || connectTimeout.isNegative()) {
                throw GatewayException.invalid("connect_timeout: " + connectTimeout.toMillis() + "ms (expected: > 0)");
            }
            if (firstTokenTimeout.isNegative()) {
                throw GatewayException.invalid("first_token_timeout: must not be negative");
            }
            if (healthCheckInterval.isNegative()) {
                throw GatewayException.invalid("health_check_interval: must not be negative");
            }
        }
    }

    public ProviderSpec(String name, String preset, String apiFormat, String baseUrl,
                        Map<String, String> headers, Duration timeout, boolean enabled) {
        this(name, preset, apiFormat, baseUrl, headers, timeout, enabled, Timing.DEFAULT);
    }

    /** The time allowed until the first byte of an answer. */
    public Duration firstTokenTimeout() {
        return timing.firstTokenTimeout().isZero() ? timeout : timing.firstTokenTimeout();
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public ProviderSpec {
        requireNonNull(name, "name");
        requireNonNull(preset, "preset");
        requireNonNull(apiFormat, "apiFormat");
        requireNonNull(baseUrl, "baseUrl");
        headers = Map.copyOf(requireNonNull(headers, "headers"));
        timeout = requireNonNull(timeout, "timeout").truncatedTo(ChronoUnit.MILLIS);
        requireNonNull(timing, "timing");
        if (!NAME.matcher(name).matches()) {
            throw GatewayException.invalid(
                    "name: '" + name + "' (expected: letters, digits, '.', '_' and '-')");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw GatewayException.invalid("timeout: " + timeout + " (expected: >= 1ms)");
        }
    }

    public ProviderSpec withName(String name) {
        return new ProviderSpec(name, preset, apiFormat, baseUrl, headers, timeout, enabled, timing);
    }

    public ProviderSpec withBaseUrl(String baseUrl) {
        return new ProviderSpec(name, preset, apiFormat, baseUrl, headers, timeout, enabled, timing);
    }

    public ProviderSpec withHeaders(Map<String, String> headers) {
        return new ProviderSpec(name, preset, apiFormat, baseUrl, headers, timeout, enabled, timing);
    }

    public ProviderSpec withTimeout(Duration timeout) {
        return new ProviderSpec(name, preset, apiFormat, baseUrl, headers, timeout, enabled, timing);
    }

    public ProviderSpec withEnabled(boolean enabled) {
        return new ProviderSpec(name, preset, apiFormat, baseUrl, headers, timeout, enabled, timing);
    }
}
