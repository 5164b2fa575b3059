package dev.switchboard.server.oauth.issuer;

import java.util.ArrayList;
import java.util.List;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Issuer;
import dev.switchboard.v1.ListIssuersResponse;
import dev.switchboard.v1.UpdateIssuerRequest;

/**
 * The issuer RPCs of {@code AccessAdmin} (admins only, decided by the permission table). Every
 * change reloads the registry and drops cached principals, so a deleted or changed issuer's
 * tokens stop working when the call returns. Blocking: runs on the blocking executor.
 */
public final class IssuerAdmin {
    private final IssuerStore store;
    private final Runnable changed;

    IssuerAdmin(IssuerStore store, Runnable changed) {
        this.store = store;
        this.changed = changed;
    }

    public Issuer create(Issuer in) {
        final Issuer created = store.create(IssuerSpec.of(in)).view();
        changed.run();
        return created;
    }

    public Issuer get(String name) {
        return store.get(name).orElseThrow(() -> IssuerStore.notFound(name)).view();
    }

    public ListIssuersResponse list() {
        final ListIssuersResponse.Builder b = ListIssuersResponse.newBuilder();
        store.list().forEach(s -> b.addIssuers(s.view()));
        return b.build();
    }

    /** Changes the fields in the mask, or every field set when there is none. */
    public Issuer update(UpdateIssuerRequest req) {
        final Issuer in = req.getIssuer();
        final List<String> paths = req.hasUpdateMask() && req.getUpdateMask().getPathsCount() > 0
                                   ? req.getUpdateMask().getPathsList() : impliedMask(in);
        if (paths.isEmpty()) {
            throw GatewayException.invalid("issuer: nothing to update");
        }
        for (String path : paths) {
            if (!IssuerSpec.UPDATABLE.contains(path)) {
                throw GatewayException.invalid("update_mask: unknown field '" + path + "' (expected one of: "
                                               + String.join(", ", IssuerSpec.UPDATABLE) + "; a name stays)");
            }
        }
        final Issuer updated = store.update(req.getName(), cur -> {
            final Issuer.Builder b = cur.toProto(null, null).toBuilder();
            for (String path : paths) {
                switch (path) {
                    case "issuer" -> b.setIssuer(in.getIssuer());
                    case "jwks_url" -> b.setJwksUrl(in.getJwksUrl());
                    case "audience" -> b.setAudience(in.getAudience());
                    case "user_claim" -> b.setUserClaim(in.getUserClaim());
                    case "role_claim" -> b.setRoleClaim(in.getRoleClaim());
                    case "role_map" -> b.clearRoleMap().putAllRoleMap(in.getRoleMapMap());
                    case "default_role" -> b.setDefaultRole(in.getDefaultRole());
                    case "algorithms" -> b.clearAlgorithms().addAllAlgorithms(in.getAlgorithmsList());
                    default -> throw new IllegalStateException(path);
                }
            }
            return IssuerSpec.of(b.build());
        }).view();
        changed.run();
        return updated;
    }

    public void delete(String name) {
        if (!store.delete(name)) {
            throw IssuerStore.notFound(name);
        }
        changed.run();
    }

    private static List<String> impliedMask(Issuer in) {
        final List<String> paths = new ArrayList<>();
        if (!in.getIssuer().isEmpty()) paths.add("issuer");
        if (!in.getJwksUrl().isEmpty()) paths.add("jwks_url");
        if (!in.getAudience().isEmpty()) paths.add("audience");
        if (!in.getUserClaim().isEmpty()) paths.add("user_claim");
        if (!in.getRoleClaim().isEmpty()) paths.add("role_claim");
        if (in.getRoleMapCount() > 0) paths.add("role_map");
        if (!in.getDefaultRole().isEmpty()) paths.add("default_role");
        if (in.getAlgorithmsCount() > 0) paths.add("algorithms");
        return paths;
    }
}
