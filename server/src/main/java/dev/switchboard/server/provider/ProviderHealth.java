package dev.switchboard.server.provider;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.v1.Provider;

/**
 * Connection state per provider, fed by live traffic and connection tests. Kept in memory: it
 * describes this process's view of the upstream, not configuration.
 */
public final class ProviderHealth {
    /** The last observation of one provider. */
    public record Observation(Provider.State state, @Nullable String lastError, Instant at) {}

    private final Map<String, Observation> byId = new ConcurrentHashMap<>();

    public void succeeded(String providerId) {
        final Observation prev = byId.get(providerId);
        // Only allocate when the state changes: this runs once per request.
        if (prev == null || prev.state() != Provider.State.CONNECTED) {
            byId.put(providerId, new Observation(Provider.State.CONNECTED, null, Instant.now()));
        }
    }

    /** Records an upstream-side failure; the message must already be redacted. */
    public void failed(String providerId, String message) {
        byId.put(providerId, new Observation(Provider.State.ERROR, message, Instant.now()));
    }

    public void forget(String providerId) {
        byId.remove(providerId);
    }

    /** The state to show: disabled wins, then the last observation, else still connecting. */
    public Observation stateOf(String providerId, boolean enabled) {
        if (!enabled) {
            return new Observation(Provider.State.DISABLED, null, Instant.now());
        }
        final Observation o = byId.get(providerId);
        return o != null ? o : new Observation(Provider.State.CONNECTING, null, Instant.now());
    }
}
