package dev.switchboard.server.auth;

import java.time.Instant;
import java.util.List;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.ServiceRequestContext;

import io.netty.util.AttributeKey;

/**
 * Who is calling, as {@link AuthDecorator} leaves it on the request context and the core reads it
 * from {@code Caller}: the user, their role, and the credential that proved it. Holds no secret.
 *
 * @param userId the user's stable id (owner of what the caller stores)
 * @param userName the user's name (what the audit log and error messages show)
 * @param credential how the caller authenticated
 * @param keyId the API key's id, for an API key
 * @param keyPrefix the API key's visible prefix, for an API key
 * @param clientId the OAuth2 client, for an access token from the client_credentials grant
 * @param issuer the external issuer's name, for an external token
 * @param allowedModels the models and aliases the credential may use (exact names and
 *                      {@code provider/*}); empty: every one the user may see
 * @param expires when the credential stops working, or null
 */
public record Principal(String userId, String userName, Role role, Credential credential,
                        @Nullable String keyId, @Nullable String keyPrefix, @Nullable String clientId,
                        @Nullable String issuer, List<String> allowedModels, @Nullable Instant expires) {

    /** The principal of the current request. */
    public static final AttributeKey<Principal> ATTR = AttributeKey.valueOf(Principal.class, "PRINCIPAL");

    /** The bootstrap user's id and name: who the admin key acts as. */
    public static final String ADMIN_USER = "admin";

    /** The admin key's principal. */
    public static final Principal ADMIN = new Principal(ADMIN_USER, ADMIN_USER, Role.ADMIN, Credential.ADMIN_KEY,
                                                        null, null, null, null, List.of(), null);

    /** The gateway acting on its own (health checks): sees and may use only shared things. */
    public static final Principal SYSTEM = new Principal("system", "system", Role.OPERATOR, Credential.SYSTEM,
                                                         null, null, null, null, List.of(), null);

    public Principal {
        allowedModels = List.copyOf(allowedModels);
    }

    /**
     * The principal of the current request (admin services run on the request's blocking executor,
     * which keeps the request context current), or {@link #SYSTEM} outside of a request.
     */
    public static Principal current() {
        final ServiceRequestContext ctx = ServiceRequestContext.currentOrNull();
        final Principal p = ctx == null ? null : ctx.attr(ATTR);
        return p == null ? SYSTEM : p;
    }

    /**
     * How the audit log names the credential: the key prefix, {@code client:<id>},
     * {@code issuer:<name>} or the credential kind.
     */
    public String credentialLabel() {
        if (keyPrefix != null) {
            return keyPrefix;
        }
        if (clientId != null) {
            return "client:" + clientId;
        }
        if (issuer != null) {
            return "issuer:" + issuer;
        }
        return credential.wire();
    }

    /** Whether the caller owns what {@code ownerId} owns (null: shared, owned by nobody). */
    public boolean owns(@Nullable String ownerId) {
        return ownerId != null && ownerId.equals(userId);
    }

    /**
     * Whether {@code who} may see and route to a provider or alias owned by {@code ownerId}: shared
     * ones (null owner) and their own. Admins too: a member's own key is theirs alone to spend.
     */
    public static boolean sees(@Nullable Principal who, @Nullable String ownerId) {
        return ownerId == null || who != null && ownerId.equals(who.userId);
    }

    /**
     * Whether the admin API shows this caller what {@code ownerId} owns: admins everything, anyone
     * else shared things and their own. What it does not show answers NOT_FOUND.
     */
    public boolean canSee(@Nullable String ownerId) {
        return role == Role.ADMIN || sees(this, ownerId);
    }

    /**
     * Whether this caller may change what {@code ownerId} owns: admins everything, operators shared
     * things and their own, members and viewers only their own.
     */
    public boolean canChange(@Nullable String ownerId) {
        return role == Role.ADMIN || owns(ownerId) || ownerId == null && role == Role.OPERATOR;
    }

    /** Who owns what this caller creates: nobody (shared) for admins and operators, else the caller. */
    @Nullable
    public String newOwner() {
        return role.managesShared() ? null : userId;
    }

    /**
     * Whether the credential's allow-list lets it use {@code requested} (as the client named it),
     * served by {@code provider}'s {@code model} when that is known: an exact entry for the name or
     * for "provider/model", or "provider/*". An empty list allows everything the user may see.
     */
    public boolean mayUse(String requested, @Nullable String provider, @Nullable String model) {
        if (allowedModels.isEmpty() || allowedModels.contains(requested)) {
            return true;
        }
        return provider != null && (allowedModels.contains(provider + "/*")
                                    || model != null && allowedModels.contains(provider + '/' + model));
    }
}
