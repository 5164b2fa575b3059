package dev.switchboard.server.provider;

import java.time.Instant;

import com.google.protobuf.Duration;
import com.google.protobuf.Timestamp;

import dev.switchboard.v1.Provider;

/** Renders a stored provider for the admin API: secrets leave only as their masked form. */
final class ProviderViews {
    private ProviderViews() {}

    static Provider toProto(StoredProvider p, ProviderHealth.Observation health) {
        final ProviderSpec spec = p.spec();
        final Provider.Builder b = Provider.newBuilder()
                                           .setId(p.id())
                                           .setName(spec.name())
                                           .setPreset(spec.preset())
                                           .setApiFormat(spec.apiFormat())
                                           .setBaseUrl(spec.baseUrl())
                                           .putAllHeaders(spec.headers())
                                           .setTimeout(duration(spec.timeout()))
                                           .setEnabled(spec.enabled())
                                           .setConnectTimeout(duration(spec.timing().connectTimeout()))
                                           .setFirstTokenTimeout(duration(spec.firstTokenTimeout()))
                                           .setHealthCheckInterval(duration(spec.timing().healthCheckInterval()))
                                           .setStateTime(timestamp(health.at()))
                                           .setState(health.state())
                                           .setCreateTime(timestamp(p.createTime()))
                                           .setUpdateTime(timestamp(p.updateTime()));
        if (p.apiKey() != null) {
            b.setApiKeyMasked(p.apiKey().masked());
        }
        p.secretHeaders().forEach((name, value) -> b.putSecretHeadersMasked(name, value.masked()));
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
