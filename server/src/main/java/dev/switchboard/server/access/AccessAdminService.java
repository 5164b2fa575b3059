package dev.switchboard.server.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.google.protobuf.Empty;
import com.google.protobuf.Timestamp;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.audit.AuditChanges;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.crypto.KeyedHash;
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
 * The {@code AccessAdmin} service: users and their keys here; OAuth clients, issuers, tokens,
 * keys of the keyset and the audit log in their own classes, called from their sections below.
 * {@link dev.switchboard.server.auth.Permissions} has already decided that the caller's role may
 * call the method; this class narrows it to what the caller may see (their own keys, themselves).
 * Runs on the blocking executor (database).
 */
public final class AccessAdminService extends AccessAdminGrpc.AccessAdminImplBase {
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern MODEL_PATTERN = Pattern.compile("[^\\s*]+(/\\*)?");
    private static final Duration MAX_GRACE = Duration.ofDays(30);

    private final AccessStore store;
    private final Directory directory;
    private final KeyedHash hash;
    private final Runnable ownersChanged;
    private final AuditLog audit;
    private final KeysetRotation keysetRotation;
    private final OAuthAdmin oauth;
    private final IssuerAdmin issuers;

    /**
     * @param ownersChanged run after a user is deleted: their providers and aliases went with
     *                      them, so the routing snapshots reload
     * @param oauth OAuth clients, refresh tokens and signing keys
     */
    public AccessAdminService(AccessStore store, Directory directory, KeyedHash hash, Runnable ownersChanged,
                              AuditLog audit, KeysetRotation keysetRotation, OAuthAdmin oauth,
                              IssuerAdmin issuers) {
        this.keysetRotation = keysetRotation;
        this.store = store;
        this.directory = directory;
        this.hash = hash;
        this.ownersChanged = ownersChanged;
        this.audit = audit;
        this.oauth = oauth;
        this.issuers = issuers;
    }

    @Override
    public void getCaller(GetCallerRequest req, StreamObserver<CallerIdentity> obs) {
        respond(obs, () -> {
            final Principal p = caller();
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
                b.setExpireTime(timestamp(p.expires()));
            }
            return b.build();
        });
    }

    // Users

    @Override
    public void createUser(CreateUserRequest req, StreamObserver<User> obs) {
        respond(obs, () -> audit.record("user.create", "users/" + req.getUser().getName(), AuditChanges::settable, () -> {
            final User in = req.getUser();
            if (!USER_NAME.matcher(in.getName()).matches()) {
                throw GatewayException.invalid("user.name: '" + in.getName()
                                               + "' (expected: 1-64 letters, digits, '.', '_', '@' and '-')");
            }
            final Role role = in.getRole().isEmpty() ? Role.MEMBER : Role.parse(in.getRole(), "user.role");
            final UserRecord created = store.createUser(in.getName(), emptyToNull(in.getEmail()), role);
            directory.reload();
            return view(created);
        }));
    }

    @Override
    public void getUser(GetUserRequest req, StreamObserver<User> obs) {
        respond(obs, () -> view(visibleUser(req.getName())));
    }

    @Override
    public void listUsers(ListUsersRequest req, StreamObserver<ListUsersResponse> obs) {
        respond(obs, () -> {
            final ListUsersResponse.Builder b = ListUsersResponse.newBuilder();
            store.users().forEach(u -> b.addUsers(view(u)));
            return b.build();
        });
    }

    @Override
    public void updateUser(UpdateUserRequest req, StreamObserver<User> obs) {
        final List<String> paths = req.hasUpdateMask() && req.getUpdateMask().getPathsCount() > 0
                                   ? req.getUpdateMask().getPathsList() : impliedUserMask(req.getUser());
        respond(obs, () -> audit.record("user.update", "users/" + req.getName(),
                                        v -> AuditChanges.fields(v, paths), () -> {
            final User in = req.getUser();
            if (paths.isEmpty()) {
                throw GatewayException.invalid("user: nothing to update");
            }
            if (Principal.ADMIN_USER.equals(req.getName()) && (paths.contains("role") || paths.contains("disabled"))) {
                throw new GatewayException(ErrorKind.FAILED_PRECONDITION, "bootstrap_user",
                                           "the bootstrap user 'admin' keeps its role and cannot be disabled");
            }
            final UserRecord updated = store.updateUser(req.getName(), cur -> {
                String email = cur.email();
                Role role = cur.role();
                boolean disabled = cur.disabled();
                for (String path : paths) {
                    switch (path) {
                        case "email": email = emptyToNull(in.getEmail()); break;
                        case "role": role = Role.parse(in.getRole(), "user.role"); break;
                        case "disabled": disabled = in.getDisabled(); break;
                        default: throw GatewayException.invalid(
                                "update_mask: unknown field '" + path + "' (expected one of: email, role, disabled)");
                    }
                }
                return new UserRecord(cur.id(), cur.name(), email, role, disabled, cur.createTime(), cur.updateTime());
            });
            directory.reload();
            return view(updated);
        }));
    }

    @Override
    public void deleteUser(DeleteUserRequest req, StreamObserver<Empty> obs) {
        respond(obs, () -> audit.record("user.delete", "users/" + req.getName(), e -> Map.of(), () -> {
            if (Principal.ADMIN_USER.equals(req.getName())) {
                throw new GatewayException(ErrorKind.FAILED_PRECONDITION, "bootstrap_user",
                                           "the bootstrap user 'admin' cannot be deleted");
            }
            final UserRecord user = store.userByName(req.getName()).orElseThrow(
                    () -> AccessStore.userNotFound(req.getName()));
            store.deleteUser(user.id());
            directory.reload();
            ownersChanged.run();
            return Empty.getDefaultInstance();
        }));
    }

    // Keys

    @Override
    public void createKey(CreateKeyRequest req, StreamObserver<CreateKeyResponse> obs) {
        respond(obs, () -> audit.record("key.create", "keys", r -> keyChanges(r.getKey()), () -> {
            final ApiKey in = req.getKey();
            final UserRecord owner = in.getUser().isEmpty() ? self() : visibleUser(in.getUser());
            final Instant now = store.now();
            final Instant expires = in.hasExpireTime() ? instant(in.getExpireTime()) : null;
            if (expires != null && !expires.isAfter(now)) {
                throw GatewayException.invalid("key.expire_time: must be in the future");
            }
            return issue(owner, in.getName(), allowedModels(in.getAllowedModelsList()), expires, now);
        }));
    }

    @Override
    public void getKey(GetKeyRequest req, StreamObserver<ApiKey> obs) {
        respond(obs, () -> view(visibleKey(req.getId())));
    }

    @Override
    public void listKeys(ListKeysRequest req, StreamObserver<ListKeysResponse> obs) {
        respond(obs, () -> {
            final Principal p = caller();
            final String userId = !req.getUser().isEmpty() ? visibleUser(req.getUser()).id()
                                  : p.role() == Role.ADMIN ? null : p.userId();
            final Instant now = store.now();
            final ListKeysResponse.Builder b = ListKeysResponse.newBuilder();
            store.keys().stream()
                 .filter(k -> userId == null || k.userId().equals(userId))
                 .filter(k -> req.getIncludeInactive() || k.activeAt(now))
                 .sorted(Comparator.comparing(KeyRecord::createTime).reversed())
                 .forEach(k -> b.addKeys(view(k)));
            return b.build();
        });
    }

    @Override
    public void revokeKey(RevokeKeyRequest req, StreamObserver<ApiKey> obs) {
        respond(obs, () -> audit.record("key.revoke", "keys/" + req.getId(), this::keyChanges, () -> {
            final KeyRecord revoked = store.revokeKey(visibleKey(req.getId()).id());
            directory.reload();
            return view(revoked);
        }));
    }

    @Override
    public void rotateKey(RotateKeyRequest req, StreamObserver<CreateKeyResponse> obs) {
        respond(obs, () -> audit.record("key.rotate", "keys/" + req.getId(), r -> keyChanges(r.getKey()), () -> {
            final KeyRecord old = visibleKey(req.getId());
            final Duration grace = req.hasGracePeriod()
                                   ? Duration.ofSeconds(req.getGracePeriod().getSeconds(), req.getGracePeriod().getNanos())
                                   : Duration.ZERO;
            if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
                throw GatewayException.invalid("grace_period: " + grace + " (expected: 0 to 30 days)");
            }
            final Instant now = store.now();
            if (!old.activeAt(now)) {
                throw new GatewayException(ErrorKind.FAILED_PRECONDITION, "key_inactive",
                                           "key '" + old.id() + "' is " + old.state(now) + ": create a new one");
            }
            final UserRecord owner = directory.user(old.userId());
            final CreateKeyResponse issued = issue(owner, old.name(), old.allowedModels(), old.expireTime(), now);
            if (grace.isZero()) {
                store.revokeKey(old.id());
            } else {
                store.expireKeyBy(old.id(), now.plus(grace));
            }
            directory.reload();
            return issued;
        }));
    }

    private CreateKeyResponse issue(UserRecord owner, String name, List<String> allowed, Instant expires, Instant now) {
        final String secret = ApiKeys.generate();
        final KeyRecord key = new KeyRecord(UUID.randomUUID().toString(), owner.id(), name, ApiKeys.prefix(secret),
                                            ApiKeys.last4(secret), hash.hash(secret), allowed, expires, null, null,
                                            now);
        store.insertKey(key);
        directory.reload();
        return CreateKeyResponse.newBuilder().setKey(view(key)).setSecret(secret).build();
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

    private static List<String> allowedModels(List<String> in) {
        final List<String> out = new ArrayList<>();
        for (String m : in) {
            if (!MODEL_PATTERN.matcher(m).matches()) {
                throw GatewayException.invalid("key.allowed_models: '" + m
                                               + "' (expected: a model or alias name, or '<provider>/*')");
            }
            out.add(m);
        }
        return out;
    }

    /** The caller's own user record. */
    private UserRecord self() {
        final Principal p = caller();
        final UserRecord u = directory.user(p.userId());
        if (u == null) {
            throw new GatewayException(ErrorKind.UNAUTHENTICATED, "the caller's user no longer exists");
        }
        return u;
    }

    /** A user the caller may see (admins: anyone; others: themselves), else NOT_FOUND. */
    private UserRecord visibleUser(String name) {
        final Principal p = caller();
        final UserRecord u = directory.userByName(name);
        if (u == null || (p.role() != Role.ADMIN && !u.id().equals(p.userId()))) {
            throw AccessStore.userNotFound(name);
        }
        return u;
    }

    /** A key the caller may see (admins: any; others: their own), else NOT_FOUND. */
    private KeyRecord visibleKey(String id) {
        final Principal p = caller();
        final KeyRecord k = store.key(id).orElseThrow(() -> AccessStore.keyNotFound(id));
        if (p.role() != Role.ADMIN && !k.userId().equals(p.userId())) {
            throw AccessStore.keyNotFound(id);
        }
        return k;
    }

    static Principal caller() {
        final Principal p = ServiceRequestContext.current().attr(Principal.ATTR);
        if (p == null) {
            throw new GatewayException(ErrorKind.UNAUTHENTICATED, "no credential");
        }
        return p;
    }

    private User view(UserRecord u) {
        final User.Builder b = User.newBuilder().setId(u.id()).setName(u.name()).setRole(u.role().wire())
                                   .setDisabled(u.disabled()).setCreateTime(timestamp(u.createTime()))
                                   .setUpdateTime(timestamp(u.updateTime()));
        if (u.email() != null) {
            b.setEmail(u.email());
        }
        return b.build();
    }

    private ApiKey view(KeyRecord k) {
        final UserRecord owner = directory.user(k.userId());
        final ApiKey.Builder b = ApiKey.newBuilder().setId(k.id()).setUser(owner == null ? "" : owner.name())
                                       .setName(k.name()).setPrefix(k.prefix()).setMasked(k.masked())
                                       .addAllAllowedModels(k.allowedModels()).setCreateTime(timestamp(k.createTime()))
                                       .setState(k.state(store.now()));
        if (k.expireTime() != null) {
            b.setExpireTime(timestamp(k.expireTime()));
        }
        if (k.lastUsedTime() != null) {
            b.setLastUsedTime(timestamp(k.lastUsedTime()));
        }
        if (k.revokeTime() != null) {
            b.setRevokeTime(timestamp(k.revokeTime()));
        }
        return b.build();
    }

    private static List<String> impliedUserMask(User u) {
        final List<String> paths = new ArrayList<>();
        if (!u.getEmail().isEmpty()) paths.add("email");
        if (!u.getRole().isEmpty()) paths.add("role");
        if (u.getDisabled()) paths.add("disabled");
        return paths;
    }

    static Timestamp timestamp(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    private static Instant instant(Timestamp t) {
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
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
        obs.onNext(result);
        obs.onCompleted();
    }
}
