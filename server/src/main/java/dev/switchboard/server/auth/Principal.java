package dev.switchboard.server.auth;

import java.time.Instant;
import java.util.List;

import com.linecorp.armeria.common.annotation.Nullable;

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

    /** Whether the caller may see and change what {@code ownerId} owns (null: shared). */
    public boolean owns(@Nullable String ownerId) {
        return ownerId != null && ownerId.equals(userId);
    }
}
