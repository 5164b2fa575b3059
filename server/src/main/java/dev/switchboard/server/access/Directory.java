package dev.switchboard.server.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.Principal;

/**
 * The users and API keys the request path reads, in memory: a key is checked against a map of
 * hashes, never the database. Reloaded (blocking, off the event loop) after every change on this
 * instance, so a revoked key stops working as soon as the revocation returns, and every
 * {@link #REFRESH} for changes made by other replicas sharing the database.
 */
public final class Directory {
    /** A key and the principal it authenticates as (built once per reload, not per request). */
    record KeyEntry(KeyRecord key, Principal principal) {}

    private record Snapshot(Map<String, UserRecord> byId, Map<String, UserRecord> byName,
                            Map<String, KeyEntry> byHash) {}

    /** How often the directory is re-read for changes other replicas made. */
    public static final java.time.Duration REFRESH = java.time.Duration.ofSeconds(5);

    private final AccessStore store;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of());
    private final List<Runnable> listeners = new ArrayList<>();

    public Directory(AccessStore store) {
        this.store = store;
    }

    /** Blocking: call it off the event loop. */
    public synchronized void reload() {
        final Map<String, UserRecord> byId = new HashMap<>();
        final Map<String, UserRecord> byName = new HashMap<>();
        for (UserRecord u : store.users()) {
            byId.put(u.id(), u);
            byName.put(u.name(), u);
        }
        final Map<String, KeyEntry> byHash = new HashMap<>();
        for (KeyRecord k : store.keys()) {
            final UserRecord u = byId.get(k.userId());
            // Revoked keys are left out; expired ones are checked per request against the clock.
            if (u != null && !u.disabled() && k.revokeTime() == null) {
                byHash.put(k.hash(), new KeyEntry(k, new Principal(
                        u.id(), u.name(), u.role(), Credential.API_KEY, k.id(), k.prefix(), null, null,
                        k.allowedModels(), k.expireTime())));
            }
        }
        final Snapshot next = new Snapshot(Map.copyOf(byId), Map.copyOf(byName), Map.copyOf(byHash));
        if (next.equals(snapshot)) {
            // The periodic reload usually finds nothing new: the verified-token cache stays warm.
            return;
        }
        snapshot = next;
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    /** Runs {@code listener} after every reload (caches of principals drop what changed). */
    public synchronized void onReload(Runnable listener) {
        listeners.add(listener);
    }

    @Nullable
    public UserRecord user(String id) {
        return snapshot.byId().get(id);
    }

    @Nullable
    public UserRecord userByName(String name) {
        return snapshot.byName().get(name);
    }

    /** The live key with this hash (not revoked, its user enabled), or null. */
    @Nullable
    KeyEntry keyByHash(String hash) {
        return snapshot.byHash().get(hash);
    }

    /** Whether the user exists and is enabled: what every credential needs at every request. */
    public boolean active(String userId) {
        final UserRecord u = snapshot.byId().get(userId);
        return u != null && !u.disabled();
    }
}
