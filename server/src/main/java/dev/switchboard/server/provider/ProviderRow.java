package dev.switchboard.server.provider;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * One row of {@code providers}, as stored: secrets sealed (base64), times in epoch millis. Public
 * only because Jdbi's {@code @BindMethods} cannot read the accessors of a package-private type.
 */
public record ProviderRow(String id, String name, String preset, String apiFormat, String baseUrl,
                          @Nullable String apiKeySealed, String headersJson, @Nullable String secretHeadersSealed,
                          long timeoutMs, boolean enabled, long createTime, long updateTime,
                          long connectTimeoutMs, long firstTokenTimeoutMs, long healthCheckIntervalMs) {
    /** Jdbi quotes bound rows in its exception messages; sealed values stay out of them too. */
    @Override
    public String toString() {
        return "ProviderRow[id=" + id + ", name=" + name + ", preset=" + preset + ", apiFormat=" + apiFormat
               + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKeySealed == null ? "none" : "sealed")
               + ", headersJson=" + headersJson + ", secretHeaders="
               + (secretHeadersSealed == null ? "none" : "sealed") + ", timeoutMs=" + timeoutMs
               + ", enabled=" + enabled + ", createTime=" + createTime + ", updateTime=" + updateTime
               + ", connectTimeoutMs=" + connectTimeoutMs + ", firstTokenTimeoutMs=" + firstTokenTimeoutMs
               + ", healthCheckIntervalMs=" + healthCheckIntervalMs + ']';
    }
}
