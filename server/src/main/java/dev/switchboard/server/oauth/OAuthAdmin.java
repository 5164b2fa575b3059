package dev.switchboard.server.oauth;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.google.protobuf.Timestamp;

import dev.switchboard.server.access.Directory;
import dev.switchboard.server.access.UserRecord;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.crypto.KeyedHash;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.CreateOAuthClientRequest;
import dev.switchboard.v1.CreateOAuthClientResponse;
import dev.switchboard.v1.ListOAuthClientsResponse;
import dev.switchboard.v1.ListSigningKeysResponse;
import dev.switchboard.v1.OAuthClient;
import dev.switchboard.v1.RevokeRefreshTokensRequest;
import dev.switchboard.v1.RevokeRefreshTokensResponse;
import dev.switchboard.v1.SigningKey;
import dev.switchboard.v1.UpdateOAuthClientRequest;

/**
 * What AccessAdmin's OAuth RPCs do: OAuth clients, refresh token revocation and the signing keys.
 * {@link dev.switchboard.server.auth.Permissions} has already checked the role; this narrows
 * revocation to the caller's own sessions (another user's answers NOT_FOUND). Blocking.
 */
public final class OAuthAdmin {
    private static final int MAX_NAME = 128;

    private final OAuthClients clients;
    private final RefreshTokens refreshTokens;
    private final SigningKeys signingKeys;
    private final Directory directory;
    private final KeyedHash hash;
    private final Clock clock;

    OAuthAdmin(OAuthClients clients, RefreshTokens refreshTokens, SigningKeys signingKeys, Directory directory,
               KeyedHash hash, Clock clock) {
        this.clients = clients;
        this.refreshTokens = refreshTokens;
        this.signingKeys = signingKeys;
        this.directory = directory;
        this.hash = hash;
        this.clock = clock;
    }

    public CreateOAuthClientResponse createClient(CreateOAuthClientRequest req) {
        final OAuthClient in = req.getClient();
        if (in.getUser().isEmpty()) {
            throw GatewayException.invalid("client.user: required (the user whose role the client's tokens act as)");
        }
        final UserRecord user = directory.userByName(in.getUser());
        if (user == null) {
            throw GatewayException.notFound("user_not_found", "user '" + in.getUser() + "' not found");
        }
        final String secret = Secrets.clientSecret();
        final Instant now = now();
        final ClientRecord c = new ClientRecord(Secrets.clientId(), name(in.getName()), user.id(), hash.hash(secret),
                                                Secrets.last4(secret), in.getDisabled(), now, now);
        clients.insert(c);
        return CreateOAuthClientResponse.newBuilder().setClient(view(c)).setClientSecret(secret).build();
    }

    public OAuthClient getClient(String clientId) {
        return view(clients.get(clientId));
    }

    public ListOAuthClientsResponse listClients() {
        final ListOAuthClientsResponse.Builder b = ListOAuthClientsResponse.newBuilder();
        clients.list().forEach(c -> b.addClients(view(c)));
        return b.build();
    }

    public OAuthClient updateClient(UpdateOAuthClientRequest req) {
        final ClientRecord cur = clients.get(req.getClientId());
        final OAuthClient in = req.getClient();
        final List<String> paths = req.hasUpdateMask() && req.getUpdateMask().getPathsCount() > 0
                                   ? req.getUpdateMask().getPathsList()
                                   : implied(in);
        if (paths.isEmpty()) {
            throw GatewayException.invalid("client: nothing to update");
        }
        String name = cur.name();
        boolean disabled = cur.disabled();
        for (String path : paths) {
            switch (path) {
                case "name": name = name(in.getName()); break;
                case "disabled": disabled = in.getDisabled(); break;
                default: throw GatewayException.invalid(
                        "update_mask: unknown field '" + path + "' (expected one of: name, disabled)");
            }
        }
        return view(clients.update(cur.clientId(), name, disabled, now()));
    }

    public void deleteClient(String clientId) {
        clients.delete(clientId);
    }

    /** One family, every family of a user, or (neither named) every family of the caller. */
    public RevokeRefreshTokensResponse revokeRefreshTokens(Principal caller, RevokeRefreshTokensRequest req) {
        final int revoked;
        if (!req.getFamilyId().isEmpty()) {
            final String owner = refreshTokens.familyOwner(req.getFamilyId()).orElse(null);
            if (owner == null || (caller.role() != Role.ADMIN && !owner.equals(caller.userId()))) {
                throw GatewayException.notFound("family_not_found",
                                                "refresh token family '" + req.getFamilyId() + "' not found");
            }
            revoked = refreshTokens.revokeFamily(req.getFamilyId());
        } else if (!req.getUser().isEmpty()) {
            final UserRecord user = directory.userByName(req.getUser());
            if (user == null || (caller.role() != Role.ADMIN && !user.id().equals(caller.userId()))) {
                throw GatewayException.notFound("user_not_found", "user '" + req.getUser() + "' not found");
            }
            revoked = refreshTokens.revokeUser(user.id());
        } else {
            revoked = refreshTokens.revokeUser(caller.userId());
        }
        return RevokeRefreshTokensResponse.newBuilder().setRevoked(revoked).build();
    }

    public ListSigningKeysResponse listSigningKeys() {
        return keys(signingKeys.keys());
    }

    public ListSigningKeysResponse rotateSigningKey() {
        return keys(signingKeys.rotate());
    }

    private static ListSigningKeysResponse keys(List<SigningKeys.KeyInfo> keys) {
        final ListSigningKeysResponse.Builder b = ListSigningKeysResponse.newBuilder();
        for (SigningKeys.KeyInfo k : keys) {
            b.addKeys(SigningKey.newBuilder().setKid(k.kid()).setAlgorithm("ES256").setPrimary(k.primary())
                                .setCreateTime(timestamp(k.createTime())));
        }
        return b.build();
    }

    private OAuthClient view(ClientRecord c) {
        final UserRecord user = directory.user(c.userId());
        return OAuthClient.newBuilder()
                          .setClientId(c.clientId())
                          .setName(c.name())
                          .setUser(user == null ? c.userId() : user.name())
                          .setDisabled(c.disabled())
                          .setSecretMasked("****" + c.secretLast4())
                          .setCreateTime(timestamp(c.createTime()))
                          .setUpdateTime(timestamp(c.updateTime()))
                          .build();
    }

    private static List<String> implied(OAuthClient in) {
        final List<String> paths = new java.util.ArrayList<>();
        if (!in.getName().isEmpty()) paths.add("name");
        if (in.getDisabled()) paths.add("disabled");
        return paths;
    }

    private static String name(String name) {
        if (name.length() > MAX_NAME) {
            throw GatewayException.invalid("client.name: " + name.length() + " characters (expected: <= " + MAX_NAME + ")");
        }
        return name;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Timestamp timestamp(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }
}
