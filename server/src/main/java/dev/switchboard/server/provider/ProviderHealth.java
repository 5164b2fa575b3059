package dev.switchboard.server.provider;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Provider;

/**
 * Connection state per provider, fed by live traffic and health checks. Kept in memory: it
 * describes this process's view of the upstream, not configuration. The last error is kept after
 * a recovery, so an operator can still see what went wrong and when.
 */
public final class ProviderHealth {
    /** The state of one provider, since when, and its last error. */
    public record Observation(Provider.State state, Instant at, @Nullable String lastError,
                              @Nullable Instant lastErrorAt) {}

    private final Map<String, Observation> byId = new ConcurrentHashMap<>();
    /** When live traffic last succeeded, per provider ({@link System#nanoTime}). */
    private final Map<String, AtomicLong> lastServed = new ConcurrentHashMap<>();

    /** A request or stream the provider answered: connected, and proof of it for the checker. */
    public void served(String providerId) {
        succeeded(providerId);
        lastServed.computeIfAbsent(providerId, id -> new AtomicLong()).lazySet(System.nanoTime());
    }

    /** Whether live traffic succeeded within the last {@code nanos}. */
    public boolean servedWithin(String providerId, long nanos) {
        final AtomicLong at = lastServed.get(providerId);
        return at != null && System.nanoTime() - at.get() < nanos;
    }

    /** A check or a test call succeeded (not live traffic). */
    public void succeeded(String providerId) {
        final Observation prev = byId.get(providerId);
        // Only allocate when the state changes: this runs once per request.
        if (prev == null || prev.state() != Provider.State.CONNECTED) {
            byId.put(providerId, new Observation(Provider.State.CONNECTED, Instant.now(),
                                                 prev == null ? null : prev.lastError(),
                                                 prev == null ? null : prev.lastErrorAt()));
        }
    }

    /**
     * Records a failure that says something about the upstream (client mistakes do not); the
     * message must already be redacted. Unreachable or silent upstreams are DISCONNECTED; ones
     * that answer with errors are in ERROR.
     */
    public void failed(String providerId, GatewayException e) {
        final Provider.State state;
        switch (e.kind()) {
            case UPSTREAM_UNREACHABLE:
            case UPSTREAM_TIMEOUT:
                state = Provider.State.DISCONNECTED;
                break;
            case UPSTREAM_ERROR:
            case UPSTREAM_UNAVAILABLE:
            case RATE_LIMITED:
                state = Provider.State.ERROR;
                break;
            default:
                return;
        }
        final Instant now = Instant.now();
        final Observation prev = byId.get(providerId);
        byId.put(providerId, new Observation(state, prev != null && prev.state() == state ? prev.at() : now,
                                             e.getMessage(), now));
    }

    public void forget(String providerId) {
        byId.remove(providerId);
        lastServed.remove(providerId);
    }

    /** The state to show: disabled wins, then the last observation, else still connecting. */
    public Observation stateOf(String providerId, boolean enabled) {
        final Observation o = byId.get(providerId);
        if (!enabled) {
            return new Observation(Provider.State.DISABLED, o != null ? o.at() : Instant.now(),
                                   o != null ? o.lastError() : null, o != null ? o.lastErrorAt() : null);
        }
        return o != null ? o : new Observation(Provider.State.CONNECTING, Instant.now(), null, null);
    }
}
