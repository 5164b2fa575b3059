package dev.switchboard.server.alias;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Alias;
import dev.switchboard.v1.AliasTarget;
import dev.switchboard.v1.ListAliasesResponse;
import dev.switchboard.v1.UpdateAliasRequest;

/**
 * The alias half of {@code ProviderAdmin}: validates, stores, and reloads the routing snapshot
 * after every change. Blocking (database); the admin service runs it off the event loop.
 */
public final class AliasAdmin {
    private final AliasStore store;
    private final AliasRegistry registry;
    private final Predicate<String> providerExists;

    public AliasAdmin(AliasStore store, AliasRegistry registry, Predicate<String> providerExists) {
        this.store = store;
        this.registry = registry;
        this.providerExists = providerExists;
    }

    public Alias create(Alias alias) {
        final Alias created = store.create(AliasInputs.normalize(alias, providerExists));
        registry.reload();
        return created;
    }

    public Alias get(String name) {
        return store.find(name).orElseThrow(() -> AliasStore.notFound(name));
    }

    public ListAliasesResponse list() {
        return ListAliasesResponse.newBuilder().addAllAliases(store.list()).build();
    }

    public Alias update(UpdateAliasRequest req) {
        final Alias in = req.getAlias();
        final List<String> paths = paths(req);
        if (paths.isEmpty()) {
            throw GatewayException.invalid("alias: nothing to update");
        }
        final Alias updated = store.update(req.getName(), cur -> {
            final Alias.Builder b = cur.toBuilder();
            for (String path : paths) {
                switch (path) {
                    case "name": b.setName(in.getName()); break;
                    case "targets": b.clearTargets().addAllTargets(in.getTargetsList()); break;
                    case "strategy": b.setStrategy(in.getStrategy()); break;
                    case "fallback_on_context_length": b.setFallbackOnContextLength(in.getFallbackOnContextLength()); break;
                    case "retry": b.setRetry(in.getRetry()); break;
                    case "description": b.setDescription(in.getDescription()); break;
                    default:
                        throw GatewayException.invalid("update_mask: unknown field '" + path + "' (expected one of: "
                                                       + String.join(", ", AliasInputs.UPDATABLE) + ")");
                }
            }
            return AliasInputs.normalize(b.build(), providerExists);
        });
        registry.reload();
        return updated;
    }

    public void delete(String name) {
        if (!store.delete(name)) {
            throw AliasStore.notFound(name);
        }
        registry.reload();
    }

    /** The fields an update changes: its mask, or every field it populated. */
    public static List<String> paths(UpdateAliasRequest req) {
        return req.hasUpdateMask() && req.getUpdateMask().getPathsCount() > 0
               ? req.getUpdateMask().getPathsList() : implied(req.getAlias());
    }

    /** Aliases with a target on this provider: it may not be deleted or renamed under them. */
    public List<String> usersOf(String provider) {
        final List<String> users = new ArrayList<>();
        for (Alias a : store.list()) {
            for (AliasTarget t : a.getTargetsList()) {
                if (t.getModel().startsWith(provider + '/')) {
                    users.add(a.getName());
                    break;
                }
            }
        }
        return users;
    }

    private static List<String> implied(Alias a) {
        final List<String> paths = new ArrayList<>();
        if (!a.getName().isEmpty()) paths.add("name");
        if (a.getTargetsCount() > 0) paths.add("targets");
        if (a.getStrategy() != Alias.Strategy.STRATEGY_UNSPECIFIED) paths.add("strategy");
        if (a.getFallbackOnContextLength()) paths.add("fallback_on_context_length");
        if (a.hasRetry()) paths.add("retry");
        if (!a.getDescription().isEmpty()) paths.add("description");
        return paths;
    }
}
