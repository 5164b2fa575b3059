package dev.switchboard.server.admin;

import java.util.Map;
import java.util.function.Supplier;

import com.google.protobuf.Empty;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.access.Accounts;
import dev.switchboard.server.access.Directory;
import dev.switchboard.server.audit.AuditChanges;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.crypto.KeysetRotation;
import dev.switchboard.server.oauth.OAuthAdmin;
import dev.switchboard.server.oauth.issuer.IssuerAdmin;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.AccessAdminGrpc;
import dev.switchboard.v1.ApiKey;
import dev.switchboard.v1.CallerIdentity;
import dev.switchboard.v1.CreateIssuerRequest;
import dev.switchboard.v1.CreateKeyRequest;
import dev.switchboard.v1.CreateKeyResponse;
import dev.switchboard.v1.CreateOAuthClientRequest;
import dev.switchboard.v1.CreateOAuthClientResponse;
import dev.switchboard.v1.CreateUserRequest;
import dev.switchboard.v1.DeleteIssuerRequest;
import dev.switchboard.v1.DeleteOAuthClientRequest;
import dev.switchboard.v1.DeleteUserRequest;
import dev.switchboard.v1.GetCallerRequest;
import dev.switchboard.v1.GetIssuerRequest;
import dev.switchboard.v1.GetKeyRequest;
import dev.switchboard.v1.GetKeysetStatusRequest;
import dev.switchboard.v1.GetOAuthClientRequest;
import dev.switchboard.v1.GetUserRequest;
import dev.switchboard.v1.Issuer;
import dev.switchboard.v1.KeysetStatus;
import dev.switchboard.v1.ListAuditEntriesRequest;
import dev.switchboard.v1.ListAuditEntriesResponse;
import dev.switchboard.v1.ListIssuersRequest;
import dev.switchboard.v1.ListIssuersResponse;
import dev.switchboard.v1.ListKeysRequest;
import dev.switchboard.v1.ListKeysResponse;
import dev.switchboard.v1.ListOAuthClientsRequest;
import dev.switchboard.v1.ListOAuthClientsResponse;
import dev.switchboard.v1.ListSigningKeysRequest;
import dev.switchboard.v1.ListSigningKeysResponse;
import dev.switchboard.v1.ListUsersRequest;
import dev.switchboard.v1.ListUsersResponse;
import dev.switchboard.v1.OAuthClient;
import dev.switchboard.v1.RevokeKeyRequest;
import dev.switchboard.v1.RevokeRefreshTokensRequest;
import dev.switchboard.v1.RevokeRefreshTokensResponse;
import dev.switchboard.v1.RotateKeyRequest;
import dev.switchboard.v1.RotateKeysetRequest;
import dev.switchboard.v1.RotateSigningKeyRequest;
import dev.switchboard.v1.UpdateIssuerRequest;
import dev.switchboard.v1.UpdateOAuthClientRequest;
import dev.switchboard.v1.UpdateUserRequest;
import dev.switchboard.v1.User;
import dev.switchboard.v1.VerifyAuditRequest;
import dev.switchboard.v1.VerifyAuditResponse;

import io.grpc.stub.StreamObserver;

/**
 * The {@code AccessAdmin} service: each RPC delegates to the class of its feature (users and keys
 * to {@link Accounts}, OAuth clients, refresh tokens and signing keys to {@code OAuthAdmin},
 * issuers to {@code IssuerAdmin}, the master keyset to {@code KeysetRotation}, the audit log to
 * {@code AuditLog}), and every change is written to the audit log in the change's transaction.
 * {@link dev.switchboard.server.auth.Permissions} has already decided that the caller's role may
 * call the method. Runs on the blocking executor (database).
 */
public final class AccessAdminService extends AccessAdminGrpc.AccessAdminImplBase {
    private final Accounts accounts;
    private final Directory directory;
    private final AuditLog audit;
    private final KeysetRotation keysetRotation;
    private final OAuthAdmin oauth;
    private final IssuerAdmin issuers;

    public AccessAdminService(Accounts accounts, Directory directory, AuditLog audit, KeysetRotation keysetRotation,
                              OAuthAdmin oauth, IssuerAdmin issuers) {
        this.accounts = accounts;
        this.directory = directory;
        this.audit = audit;
        this.keysetRotation = keysetRotation;
        this.oauth = oauth;
        this.issuers = issuers;
    }

    @Override
    public void getCaller(GetCallerRequest req, StreamObserver<CallerIdentity> obs) {
        respond(obs, () -> callerIdentity(caller()));
    }

    /** Who {@code p} is, as GET /admin/v1/me shows it (and the console's session answer). */
    public static CallerIdentity callerIdentity(Principal p) {
        final CallerIdentity.Builder b = CallerIdentity.newBuilder()
                                                       .setUserId(p.userId())
                                                       .setUserName(p.userName())
                                                       .setRole(p.role().wire())
                                                       .setCredential(p.credential().wire())
                                                       .addAllAllowedModels(p.allowedModels());
        if (p.keyId() != null) {
            b.setKeyId(p.keyId()).setKeyPrefix(p.keyPrefix());
        }
        if (p.clientId() != null) {
            b.setClientId(p.clientId());
        }
        if (p.issuer() != null) {
            b.setIssuer(p.issuer());
        }
        if (p.expires() != null) {
            b.setExpireTime(Accounts.timestamp(p.expires()));
        }
        return b.build();
    }

    // Users and keys: Accounts.

    @Override
    public void createUser(CreateUserRequest req, StreamObserver<User> obs) {
        respond(obs, () -> audit.record("user.create", "users/" + req.getUser().getName(), AuditChanges::settable,
                                        () -> accounts.createUser(req.getUser())));
    }

    @Override
    public void getUser(GetUserRequest req, StreamObserver<User> obs) {
        respond(obs, () -> accounts.getUser(req.getName()));
    }

    @Override
    public void listUsers(ListUsersRequest req, StreamObserver<ListUsersResponse> obs) {
        respond(obs, accounts::listUsers);
    }

    @Override
    public void updateUser(UpdateUserRequest req, StreamObserver<User> obs) {
        respond(obs, () -> audit.record("user.update", "users/" + req.getName(),
                                        v -> AuditChanges.fields(v, Accounts.userPaths(req)),
                                        () -> accounts.updateUser(req)));
    }

    @Override
    public void deleteUser(DeleteUserRequest req, StreamObserver<Empty> obs) {
        respond(obs, () -> audit.record("user.delete", "users/" + req.getName(), e -> Map.of(), () -> {
            accounts.deleteUser(req.getName());
            return Empty.getDefaultInstance();
        }));
    }

    @Override
    public void createKey(CreateKeyRequest req, StreamObserver<CreateKeyResponse> obs) {
        respond(obs, () -> audit.record("key.create", "keys", r -> keyChanges(r.getKey()),
                                        () -> accounts.createKey(req.getKey())));
    }

    @Override
    public void getKey(GetKeyRequest req, StreamObserver<ApiKey> obs) {
        respond(obs, () -> accounts.getKey(req.getId()));
    }

    @Override
    public void listKeys(ListKeysRequest req, StreamObserver<ListKeysResponse> obs) {
        respond(obs, () -> accounts.listKeys(req));
    }

    @Override
    public void revokeKey(RevokeKeyRequest req, StreamObserver<ApiKey> obs) {
        respond(obs, () -> audit.record("key.revoke", "keys/" + req.getId(), this::keyChanges,
                                        () -> accounts.revokeKey(req.getId())));
    }

    @Override
    public void rotateKey(RotateKeyRequest req, StreamObserver<CreateKeyResponse> obs) {
        respond(obs, () -> audit.record("key.rotate", "keys/" + req.getId(), r -> keyChanges(r.getKey()),
                                        () -> accounts.rotateKey(req)));
    }

    // OAuth clients, refresh tokens and signing keys: oauth.OAuthAdmin.

    @Override
    public void createOAuthClient(CreateOAuthClientRequest req, StreamObserver<CreateOAuthClientResponse> obs) {
        respond(obs, () -> audit.record("oauth_client.create", "oauth-clients",
                                        r -> AuditChanges.settable(r.getClient()), () -> oauth.createClient(req)));
    }

    @Override
    public void getOAuthClient(GetOAuthClientRequest req, StreamObserver<OAuthClient> obs) {
        respond(obs, () -> oauth.getClient(req.getClientId()));
    }

    @Override
    public void listOAuthClients(ListOAuthClientsRequest req, StreamObserver<ListOAuthClientsResponse> obs) {
        respond(obs, oauth::listClients);
    }

    @Override
    public void updateOAuthClient(UpdateOAuthClientRequest req, StreamObserver<OAuthClient> obs) {
        respond(obs, () -> audit.record("oauth_client.update", "oauth-clients/" + req.getClientId(),
                                        AuditChanges::settable, () -> oauth.updateClient(req)));
    }

    @Override
    public void deleteOAuthClient(DeleteOAuthClientRequest req, StreamObserver<Empty> obs) {
        respond(obs, () -> audit.record("oauth_client.delete", "oauth-clients/" + req.getClientId(), e -> Map.of(),
                                        () -> {
                                            oauth.deleteClient(req.getClientId());
                                            return Empty.getDefaultInstance();
                                        }));
    }

    @Override
    public void revokeRefreshTokens(RevokeRefreshTokensRequest req, StreamObserver<RevokeRefreshTokensResponse> obs) {
        respond(obs, () -> audit.record("refresh_token.revoke",
                                        req.getFamilyId().isEmpty() ? "users/" + req.getUser()
                                                                    : "refresh-token-families/" + req.getFamilyId(),
                                        r -> Map.of("revoked", String.valueOf(r.getRevoked())),
                                        () -> oauth.revokeRefreshTokens(caller(), req)));
    }

    @Override
    public void listSigningKeys(ListSigningKeysRequest req, StreamObserver<ListSigningKeysResponse> obs) {
        respond(obs, oauth::listSigningKeys);
    }

    @Override
    public void rotateSigningKey(RotateSigningKeyRequest req, StreamObserver<ListSigningKeysResponse> obs) {
        respond(obs, () -> audit.record("signing_key.rotate", "signing-keys",
                                        r -> Map.of("primary_kid", r.getKeysList().stream().filter(k -> k.getPrimary())
                                                                     .map(k -> k.getKid()).findFirst().orElse("")),
                                        oauth::rotateSigningKey));
    }

    // External issuers: oauth.issuer.IssuerAdmin.

    @Override
    public void createIssuer(CreateIssuerRequest req, StreamObserver<Issuer> obs) {
        respond(obs, () -> audit.record("issuer.create", "issuers/" + req.getIssuer().getName(),
                                        AuditChanges::settable, () -> issuers.create(req.getIssuer())));
    }

    @Override
    public void getIssuer(GetIssuerRequest req, StreamObserver<Issuer> obs) {
        respond(obs, () -> issuers.get(req.getName()));
    }

    @Override
    public void listIssuers(ListIssuersRequest req, StreamObserver<ListIssuersResponse> obs) {
        respond(obs, issuers::list);
    }

    @Override
    public void updateIssuer(UpdateIssuerRequest req, StreamObserver<Issuer> obs) {
        respond(obs, () -> audit.record("issuer.update", "issuers/" + req.getName(), AuditChanges::settable,
                                        () -> issuers.update(req)));
    }

    @Override
    public void deleteIssuer(DeleteIssuerRequest req, StreamObserver<Empty> obs) {
        respond(obs, () -> audit.record("issuer.delete", "issuers/" + req.getName(), e -> Map.of(), () -> {
            issuers.delete(req.getName());
            return Empty.getDefaultInstance();
        }));
    }

    // The master keyset: crypto.KeysetRotation.

    @Override
    public void rotateKeyset(RotateKeysetRequest req, StreamObserver<KeysetStatus> obs) {
        respond(obs, () -> audit.record("keyset.rotate", "keyset",
                                        s -> Map.of("primary_key_id", String.valueOf(s.getPrimaryKeyId())),
                                        keysetRotation::start));
    }

    @Override
    public void getKeysetStatus(GetKeysetStatusRequest req, StreamObserver<KeysetStatus> obs) {
        respond(obs, keysetRotation::status);
    }

    // The audit log: audit.AuditLog.

    @Override
    public void listAuditEntries(ListAuditEntriesRequest req, StreamObserver<ListAuditEntriesResponse> obs) {
        respond(obs, () -> audit.list(req));
    }

    @Override
    public void verifyAudit(VerifyAuditRequest req, StreamObserver<VerifyAuditResponse> obs) {
        respond(obs, audit::verify);
    }

    /** A key's audit record: which key, whose, and what it may do (never its secret). */
    private Map<String, String> keyChanges(ApiKey k) {
        final Map<String, String> changes = new java.util.TreeMap<>(AuditChanges.settable(k));
        changes.put("id", k.getId());
        return changes;
    }

    static Principal caller() {
        final Principal p = ServiceRequestContext.current().attr(Principal.ATTR);
        if (p == null) {
            throw new GatewayException(ErrorKind.UNAUTHENTICATED, "no credential");
        }
        return p;
    }

    <T> void respond(StreamObserver<T> obs, Supplier<T> action) {
        final T result;
        try {
            result = action.get();
        } catch (RuntimeException e) {
            // The directory is reloaded inside a change's transaction (shared with its audit entry):
            // if that rolled back, it must forget what it saw.
            directory.reload();
            obs.onError(Errors.toGateway(e));
            return;
        }
        // And once more after the commit: a periodic reload that read the database between the
        // change's own reload and its commit would otherwise leave the change unseen for 5 s.
        directory.reload();
        obs.onNext(result);
        obs.onCompleted();
    }
}
