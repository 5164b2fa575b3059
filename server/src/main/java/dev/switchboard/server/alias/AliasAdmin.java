package dev.switchboard.server.alias;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.transcoder.error.ErrorKind;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Alias;
import dev.switchboard.v1.AliasTarget;
import dev.switchboard.v1.AliasTargetStatus;
import dev.switchboard.v1.ListAliasesResponse;
import dev.switchboard.v1.UpdateAliasRequest;

/**
 * The alias half of {@code ProviderAdmin}: validates, stores, and reloads the routing snapshot
 * after every change. Scoped to the caller: a member's aliases are theirs (and may target only
 * providers they can see); another user's alias answers NOT_FOUND. Blocking (database); the admin
 * service runs it off the event loop.
 */
public final class AliasAdmin {
    private final AliasStore store;
    private final AliasRegistry registry;
    private final BiPredicate<String, String> providerVisibleTo;
    private final Function<String, String> userNames;
    private final Function<String, AliasTargetStatus> statuses;

    /**
     * @param providerVisibleTo whether a provider (by name) exists and an alias owned by the given
     *                          user id (null: shared) may target it
     * @param userNames a user's name by id, for showing owners
     * @param statuses a target's live status by "provider/model" (routing's state in this process)
     */
    public AliasAdmin(AliasStore store, AliasRegistry registry, BiPredicate<String, String> providerVisibleTo,
                      Function<String, String> userNames, Function<String, AliasTargetStatus> statuses) {
        this.statuses = statuses;
        this.store = store;
        this.registry = registry;
        this.providerVisibleTo = providerVisibleTo;
        this.userNames = userNames;
    }

    public Alias create(Alias alias) {
        final String owner = caller().newOwner();
        final Alias normalized = AliasInputs.normalize(alias.toBuilder().clearOwner().build(),
                                                       provider -> providerVisibleTo.test(provider, owner));
        final Alias created = store.create(owner == null ? normalized : normalized.toBuilder().setOwner(owner).build());
        registry.reload();
        return view(created);
    }

    public Alias get(String name) {
        return withStatus(view(visible(name)));
    }

    public ListAliasesResponse list() {
        final Principal who = caller();
        final ListAliasesResponse.Builder b = ListAliasesResponse.newBuilder();
        store.list().stream().filter(a -> who.canSee(AliasRegistry.ownerOf(a))).forEach(a -> b.addAliases(withStatus(view(a))));
        return b.build();
    }

    public Alias update(UpdateAliasRequest req) {
        final Alias in = req.getAlias();
        final List<String> paths = paths(req);
        if (paths.isEmpty()) {
            throw GatewayException.invalid("alias: nothing to update");
        }
        changeable(req.getName());
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
            final String owner = AliasRegistry.ownerOf(cur);
            return AliasInputs.normalize(b.build(), provider -> providerVisibleTo.test(provider, owner));
        });
        registry.reload();
        return view(updated);
    }

    public void delete(String name) {
        changeable(name);
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

    /** Reloads the routing snapshot from the database (after a change that rolled back). */
    public void reloadSnapshot() {
        registry.reload();
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

    /** The alias, if the caller may see it; NOT_FOUND otherwise, so its existence does not leak. */
    private Alias visible(String name) {
        final Alias a = store.find(name).orElseThrow(() -> AliasStore.notFound(name));
        if (!caller().canSee(AliasRegistry.ownerOf(a))) {
            throw AliasStore.notFound(name);
        }
        return a;
    }

    private void changeable(String name) {
        final Alias a = visible(name);
        if (!caller().canChange(AliasRegistry.ownerOf(a))) {
            throw new GatewayException(ErrorKind.PERMISSION_DENIED, "permission_denied",
                                       "alias '" + name + "' is shared: only admins and operators may change it");
        }
    }

    /** The alias as the API shows it: its owner by name. */
    private Alias view(Alias a) {
        final String owner = AliasRegistry.ownerOf(a);
        return owner == null ? a : a.toBuilder().setOwner(userNames.apply(owner)).build();
    }

    /**
     * With each target's live status: for reads only, so that what a create or update records in
     * the audit log is what the caller set, not the traffic of the moment.
     */
    private Alias withStatus(Alias a) {
        final Alias.Builder b = a.toBuilder();
        for (AliasTarget.Builder t : b.getTargetsBuilderList()) {
            t.setStatus(statuses.apply(t.getModel()));
        }
        return b.build();
    }

    private static Principal caller() {
        return Principal.current();
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
