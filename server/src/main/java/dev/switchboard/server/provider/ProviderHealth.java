package dev.switchboard.server.provider;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Provider;

/**
 * Connection state per provider, fed by live traffic and health checks. Kept in memory: it
 * describes this process's view of the upstream, not configuration. The last error is kept after
 * a recovery, so an operator can still see what went wrong and when.
 *
 * <p>A provider that stops answering is logged once (WARN), and its recovery once (INFO); a
 * provider that flaps gets at most one "down" line a minute, so a burst of failing requests never
 * floods the log. The admin API shows the current state at any time.
 */
public final class ProviderHealth {
    private static final Logger logger = LoggerFactory.getLogger(ProviderHealth.class);
    private static final long DOWN_LOG_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

    /** The state of one provider, since when, and its last error. */
    public record Observation(Provider.State state, Instant at, @Nullable String lastError,
                              @Nullable Instant lastErrorAt) {}

    private final Map<String, Observation> byId = new ConcurrentHashMap<>();
    /** When live traffic last succeeded, per provider ({@link System#nanoTime}). */
    private final Map<String, AtomicLong> lastServed = new ConcurrentHashMap<>();
    /** What the log said last, per provider that has been down. */
    private final Map<String, DownLog> downLogs = new ConcurrentHashMap<>();

    /** A request or stream the provider answered: connected, and proof of it for the checker. */
    public void served(UpstreamProvider p) {
        succeeded(p);
        lastServed.computeIfAbsent(p.id(), id -> new AtomicLong()).lazySet(System.nanoTime());
    }

    /** Whether live traffic succeeded within the last {@code nanos}. */
    public boolean servedWithin(String providerId, long nanos) {
        final AtomicLong at = lastServed.get(providerId);
        return at != null && System.nanoTime() - at.get() < nanos;
    }

    /** A check or a test call succeeded (not live traffic). */
    public void succeeded(UpstreamProvider p) {
        final Observation prev = byId.get(p.id());
        // Only allocate when the state changes: this runs once per request.
        if (prev == null || prev.state() != Provider.State.CONNECTED) {
            byId.put(p.id(), new Observation(Provider.State.CONNECTED, Instant.now(),
                                             prev == null ? null : prev.lastError(),
                                             prev == null ? null : prev.lastErrorAt()));
            final DownLog log = downLogs.get(p.id());
            if (log != null) {
                log.up(p);
            }
        }
    }

    /**
     * Records a failure that says something about the upstream (client mistakes do not); the
     * message must already be redacted. Unreachable or silent upstreams are DISCONNECTED; ones
     * that answer with errors are in ERROR.
     */
    public void failed(UpstreamProvider p, GatewayException e) {
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
        final Observation prev = byId.get(p.id());
        byId.put(p.id(), new Observation(state, prev != null && prev.state() == state ? prev.at() : now,
                                         e.getMessage(), now));
        if (prev == null || prev.state() != state) {
            downLogs.computeIfAbsent(p.id(), id -> new DownLog()).down(p, state, e.getMessage());
        }
    }

    public void forget(String providerId) {
        byId.remove(providerId);
        lastServed.remove(providerId);
        downLogs.remove(providerId);
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

    /** One provider's down and up lines: a recovery is logged only after a logged "down". */
    private static final class DownLog {
        private long lastDownNanos = System.nanoTime() - DOWN_LOG_INTERVAL_NANOS;
        private boolean saidDown;

        synchronized void down(UpstreamProvider p, Provider.State state, String error) {
            final long now = System.nanoTime();
            if (saidDown || now - lastDownNanos < DOWN_LOG_INTERVAL_NANOS) {
                return;
            }
            lastDownNanos = now;
            saidDown = true;
            // The message is the redacted one the client saw: no key in it.
            logger.warn("provider '{}' is {}: {}", p.name(), state, error);
        }

        synchronized void up(UpstreamProvider p) {
            if (saidDown) {
                saidDown = false;
                logger.info("provider '{}' is CONNECTED again", p.name());
            }
        }
    }
}
