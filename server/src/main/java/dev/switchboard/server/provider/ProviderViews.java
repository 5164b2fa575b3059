package dev.switchboard.server.provider;

import java.time.Instant;
import java.util.Map;

import com.google.protobuf.Duration;
import com.google.protobuf.Timestamp;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.crypto.Secret;
import dev.switchboard.v1.Provider;

/** Renders a stored provider for the admin API: secrets leave only as their masked form. */
final class ProviderViews {
    private ProviderViews() {}

    static Provider toProto(StoredProvider p, @Nullable Secret apiKey, Map<String, Secret> secretHeaders,
                            ProviderHealth.Observation health) {
        final Provider.Builder b = Provider.newBuilder()
                                           .setId(p.id())
                                           .setName(p.name())
                                           .setPreset(p.preset())
                                           .setApiFormat(p.apiFormat())
                                           .setBaseUrl(p.baseUrl())
                                           .putAllHeaders(p.headers())
                                           .setTimeout(duration(p.timeout()))
                                           .setEnabled(p.enabled())
                                           .setConnectTimeout(duration(p.connectTimeout()))
                                           .setFirstTokenTimeout(duration(p.effectiveFirstTokenTimeout()))
                                           .setHealthCheckInterval(duration(p.healthCheckInterval()))
                                           .setAllowPrivateNetwork(p.allowPrivateNetwork())
                                           .setStateTime(timestamp(health.at()))
                                           .setState(health.state())
                                           .setCreateTime(timestamp(p.createTime()))
                                           .setUpdateTime(timestamp(p.updateTime()));
        if (p.caBundle() != null) {
            b.setCaBundle(p.caBundle());
        }
        if (apiKey != null) {
            b.setApiKeyMasked(apiKey.masked());
        }
        secretHeaders.forEach((name, value) -> b.putSecretHeadersMasked(name, value.masked()));
        if (health.lastError() != null) {
            b.setLastError(health.lastError());
            b.setLastErrorTime(timestamp(health.lastErrorAt()));
        }
        return b.build();
    }

    static Duration duration(java.time.Duration d) {
        return Duration.newBuilder().setSeconds(d.getSeconds()).setNanos(d.getNano()).build();
    }

    private static Timestamp timestamp(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }
}
