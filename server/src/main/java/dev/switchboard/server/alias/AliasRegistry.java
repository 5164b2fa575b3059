package dev.switchboard.server.alias;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.v1.Alias;

/** The in-memory snapshot of aliases the request path reads; reloaded after every change. */
public final class AliasRegistry {
    private final AliasStore store;
    private volatile Map<String, Alias> byName = Map.of();

    public AliasRegistry(AliasStore store) {
        this.store = store;
    }

    /** Blocking: call it off the event loop. */
    public synchronized void reload() {
        final Map<String, Alias> next = new LinkedHashMap<>();
        for (Alias a : store.list()) {
            next.put(a.getName(), a);
        }
        byName = java.util.Collections.unmodifiableMap(next);
    }

    @Nullable
    public Alias get(String name) {
        return byName.get(name);
    }

    /** The owning user's id, or null for a shared alias. */
    @Nullable
    public static String ownerOf(Alias alias) {
        return alias.getOwner().isEmpty() ? null : alias.getOwner();
    }

    public Collection<Alias> all() {
        return byName.values();
    }
}
