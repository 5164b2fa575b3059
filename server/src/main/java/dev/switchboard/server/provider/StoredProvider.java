package dev.switchboard.server.provider;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.GatewayException;

/**
 * A provider as the database keeps it: its settings, its secrets sealed (base64, opened only by
 * {@link ProviderStore}), its id and times. The constructor holds the invariants every provider
 * keeps, read or written; {@link ProviderInputs} adds the stricter rules for admin input. Public
 * only because Jdbi's {@code @BindMethods} cannot read the accessors of a package-private type.
 *
 * @param id server-assigned, stable across renames
 * @param name unique; letters, digits, '.', '_' and '-' (the prefix of "name/model" ids)
 * @param timeout upstream timeout, positive, kept to the millisecond
 * @param firstTokenTimeout zero means the provider's timeout
 * @param healthCheckInterval zero turns health checks off
 * @param ownerId the owning user's id (a member's own provider), or null for a shared one
 * @param allowPrivateNetwork whether base_url may reach loopback, private, link-local or multicast
 *                            addresses (checked at save and at every connection)
 * @param caBundle extra trusted CA certificates (PEM), or null
 * @param apiKeySealed null when the provider needs no key
 * @param secretHeadersSealed null when it has none
 */
public record StoredProvider(String id, String name, String preset, String apiFormat, String baseUrl,
                             Map<String, String> headers, Duration timeout, boolean enabled,
                             Duration connectTimeout, Duration firstTokenTimeout, Duration healthCheckInterval,
                             @Nullable String ownerId, boolean allowPrivateNetwork, @Nullable String caBundle,
                             @Nullable String apiKeySealed, @Nullable String secretHeadersSealed,
                             Instant createTime, Instant updateTime) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public StoredProvider {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(preset, "preset");
        requireNonNull(apiFormat, "apiFormat");
        requireNonNull(baseUrl, "baseUrl");
        headers = Map.copyOf(requireNonNull(headers, "headers"));
        timeout = requireNonNull(timeout, "timeout").truncatedTo(ChronoUnit.MILLIS);
        requireNonNull(connectTimeout, "connectTimeout");
        requireNonNull(firstTokenTimeout, "firstTokenTimeout");
        requireNonNull(healthCheckInterval, "healthCheckInterval");
        requireNonNull(createTime, "createTime");
        requireNonNull(updateTime, "updateTime");
        if (connectTimeout.isZero() || connectTimeout.isNegative()) {
            throw GatewayException.invalid("connect_timeout: " + connectTimeout.toMillis() + "ms (expected: > 0)");
        }
        if (firstTokenTimeout.isNegative()) {
            throw GatewayException.invalid("first_token_timeout: must not be negative");
        }
        if (healthCheckInterval.isNegative()) {
            throw GatewayException.invalid("health_check_interval: must not be negative");
        }
        if (!NAME.matcher(name).matches()) {
            throw GatewayException.invalid(
                    "name: '" + name + "' (expected: letters, digits, '.', '_' and '-')");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw GatewayException.invalid("timeout: " + timeout + " (expected: >= 1ms)");
        }
    }

    /**
     * A provider not stored yet: {@link ProviderStore#create} gives it its id, times and sealed
     * secrets.
     */
    public static StoredProvider unsaved(String name, String preset, String apiFormat, String baseUrl,
                                         Map<String, String> headers, Duration timeout, boolean enabled,
                                         Duration connectTimeout, Duration firstTokenTimeout,
                                         Duration healthCheckInterval) {
        return new StoredProvider("", name, preset, apiFormat, baseUrl, headers, timeout, enabled, connectTimeout,
                                  firstTokenTimeout, healthCheckInterval, null, true, null, null, null, Instant.EPOCH, Instant.EPOCH);
    }

    /** These settings under the id, sealed secrets and times the store keeps for them. */
    StoredProvider stored(String id, @Nullable String apiKeySealed, @Nullable String secretHeadersSealed,
                          Instant createTime, Instant updateTime) {
        return new StoredProvider(id, name, preset, apiFormat, baseUrl, headers, timeout, enabled, connectTimeout,
                                  firstTokenTimeout, healthCheckInterval, ownerId, allowPrivateNetwork, caBundle,
                                  apiKeySealed, secretHeadersSealed,
                                  createTime, updateTime);
    }

    /** The time allowed until the first byte of an answer. */
    public Duration effectiveFirstTokenTimeout() {
        return firstTokenTimeout.isZero() ? timeout : firstTokenTimeout;
    }

    public StoredProvider withName(String name) {
        return new StoredProvider(id, name, preset, apiFormat, baseUrl, headers, timeout, enabled, connectTimeout,
                                  firstTokenTimeout, healthCheckInterval, ownerId, allowPrivateNetwork, caBundle,
                                  apiKeySealed, secretHeadersSealed,
                                  createTime, updateTime);
    }

    public StoredProvider withBaseUrl(String baseUrl) {
        return new StoredProvider(id, name, preset, apiFormat, baseUrl, headers, timeout, enabled, connectTimeout,
                                  firstTokenTimeout, healthCheckInterval, ownerId, allowPrivateNetwork, caBundle,
                                  apiKeySealed, secretHeadersSealed,
                                  createTime, updateTime);
    }

    public StoredProvider withHeaders(Map<String, String> headers) {
        return new StoredProvider(id, name, preset, apiFormat, baseUrl, headers, timeout, enabled, connectTimeout,
                                  firstTokenTimeout, healthCheckInterval, ownerId, allowPrivateNetwork, caBundle,
                                  apiKeySealed, secretHeadersSealed,
                                  createTime, updateTime);
    }

    public StoredProvider withTimeout(Duration timeout) {
        return new StoredProvider(id, name, preset, apiFormat, baseUrl, headers, timeout, enabled, connectTimeout,
                                  firstTokenTimeout, healthCheckInterval, ownerId, allowPrivateNetwork, caBundle,
                                  apiKeySealed, secretHeadersSealed,
                                  createTime, updateTime);
    }

    public StoredProvider withEnabled(boolean enabled) {
        return new StoredProvider(id, name, preset, apiFormat, baseUrl, headers, timeout, enabled, connectTimeout,
                                  firstTokenTimeout, healthCheckInterval, ownerId, allowPrivateNetwork, caBundle,
                                  apiKeySealed, secretHeadersSealed,
                                  createTime, updateTime);
    }

    public StoredProvider withOwner(@Nullable String ownerId) {
        return new StoredProvider(id, name, preset, apiFormat, baseUrl, headers, timeout, enabled, connectTimeout,
                                  firstTokenTimeout, healthCheckInterval, ownerId, allowPrivateNetwork, caBundle,
                                  apiKeySealed, secretHeadersSealed, createTime, updateTime);
    }

    public StoredProvider withAllowPrivateNetwork(boolean allowPrivateNetwork) {
        return new StoredProvider(id, name, preset, apiFormat, baseUrl, headers, timeout, enabled, connectTimeout,
                                  firstTokenTimeout, healthCheckInterval, ownerId, allowPrivateNetwork, caBundle,
                                  apiKeySealed, secretHeadersSealed, createTime, updateTime);
    }

    public StoredProvider withCaBundle(@Nullable String caBundle) {
        return new StoredProvider(id, name, preset, apiFormat, baseUrl, headers, timeout, enabled, connectTimeout,
                                  firstTokenTimeout, healthCheckInterval, ownerId, allowPrivateNetwork, caBundle,
                                  apiKeySealed, secretHeadersSealed, createTime, updateTime);
    }

    // The columns' forms, read by the DAO's named parameters: the schema keeps durations and times
    // as milliseconds.

    public long timeoutMs() {
        return timeout.toMillis();
    }

    public long connectTimeoutMs() {
        return connectTimeout.toMillis();
    }

    public long firstTokenTimeoutMs() {
        return firstTokenTimeout.toMillis();
    }

    public long healthCheckIntervalMs() {
        return healthCheckInterval.toMillis();
    }

    public long createTimeMs() {
        return createTime.toEpochMilli();
    }

    public long updateTimeMs() {
        return updateTime.toEpochMilli();
    }

    /** Jdbi quotes bound values in its exception messages; sealed values stay out of them too. */
    @Override
    public String toString() {
        return "StoredProvider[id=" + id + ", name=" + name + ", preset=" + preset + ", apiFormat=" + apiFormat
               + ", baseUrl=" + baseUrl + ", headers=" + headers + ", timeout=" + timeout + ", enabled=" + enabled
               + ", connectTimeout=" + connectTimeout + ", firstTokenTimeout=" + firstTokenTimeout
               + ", healthCheckInterval=" + healthCheckInterval + ", ownerId=" + ownerId
               + ", allowPrivateNetwork=" + allowPrivateNetwork + ", caBundle=" + (caBundle == null ? "none" : "set")
               + ", apiKey=" + (apiKeySealed == null ? "none" : "sealed")
               + ", secretHeaders=" + (secretHeadersSealed == null ? "none" : "sealed")
               + ", createTime=" + createTime + ", updateTime=" + updateTime + ']';
    }
}
