package dev.switchboard.client;

import static dev.switchboard.client.Stubs.call;

import java.time.Duration;
import java.util.List;

import com.google.protobuf.FieldMask;

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
import dev.switchboard.v1.ListKeysRequest;
import dev.switchboard.v1.ListOAuthClientsRequest;
import dev.switchboard.v1.ListSigningKeysRequest;
import dev.switchboard.v1.ListUsersRequest;
import dev.switchboard.v1.OAuthClient;
import dev.switchboard.v1.RevokeKeyRequest;
import dev.switchboard.v1.RevokeRefreshTokensRequest;
import dev.switchboard.v1.RotateKeyRequest;
import dev.switchboard.v1.RotateKeysetRequest;
import dev.switchboard.v1.RotateSigningKeyRequest;
import dev.switchboard.v1.SigningKey;
import dev.switchboard.v1.UpdateIssuerRequest;
import dev.switchboard.v1.UpdateOAuthClientRequest;
import dev.switchboard.v1.UpdateUserRequest;
import dev.switchboard.v1.User;
import dev.switchboard.v1.VerifyAuditRequest;
import dev.switchboard.v1.VerifyAuditResponse;

/**
 * The {@code switchboard.v1.AccessAdmin} RPCs, from {@link SwitchboardClient#access()}: who the
 * key belongs to, users, API keys, OAuth2 clients, external issuers, signing keys, the master
 * keyset and the audit log. What each role may call is the gateway's table (docs/security.md);
 * failures, a refused role included, are thrown as {@link SwitchboardException}.
 */
public final class AccessAdminClient {
    private final Stubs stubs;

    AccessAdminClient(Stubs stubs) {
        this.stubs = stubs;
    }

    /** The user, role and credential this client's key stands for. */
    public CallerIdentity getCaller() {
        return call(() -> stubs.access().getCaller(GetCallerRequest.getDefaultInstance()));
    }

    // Users

    /** Creates a user (admin); the role defaults to "member". */
    public User createUser(User user) {
        return call(() -> stubs.access().createUser(CreateUserRequest.newBuilder().setUser(user).build()));
    }

    public User getUser(String name) {
        return call(() -> stubs.access().getUser(GetUserRequest.newBuilder().setName(name).build()));
    }

    public List<User> listUsers() {
        return call(() -> stubs.access().listUsers(ListUsersRequest.getDefaultInstance()).getUsersList());
    }

    /** Changes the fields named in {@code updateMask} (none: every field set in {@code user}). */
    public User updateUser(String name, User user, String... updateMask) {
        final UpdateUserRequest.Builder req = UpdateUserRequest.newBuilder().setName(name).setUser(user);
        if (updateMask.length > 0) {
            req.setUpdateMask(mask(updateMask));
        }
        return call(() -> stubs.access().updateUser(req.build()));
    }

    public void deleteUser(String name) {
        call(() -> stubs.access().deleteUser(DeleteUserRequest.newBuilder().setName(name).build()));
    }

    // API keys

    /**
     * Creates an API key for {@code key.getUser()} (the caller when empty). The secret is in the
     * response this once; build a client with it to call as that user.
     */
    public CreateKeyResponse createKey(ApiKey key) {
        return call(() -> stubs.access().createKey(CreateKeyRequest.newBuilder().setKey(key).build()));
    }

    public ApiKey getKey(String id) {
        return call(() -> stubs.access().getKey(GetKeyRequest.newBuilder().setId(id).build()));
    }

    /** One user's keys ({@code user} empty: every key the caller may see), newest first. */
    public List<ApiKey> listKeys(String user, boolean includeInactive) {
        return call(() -> stubs.access().listKeys(ListKeysRequest.newBuilder().setUser(user)
                                                                 .setIncludeInactive(includeInactive).build())
                               .getKeysList());
    }

    /** Revokes a key; it stops working at once. */
    public ApiKey revokeKey(String id) {
        return call(() -> stubs.access().revokeKey(RevokeKeyRequest.newBuilder().setId(id).build()));
    }

    /** A new secret for the key; the old one keeps working for {@code gracePeriod} ({@link Duration#ZERO}: none). */
    public CreateKeyResponse rotateKey(String id, Duration gracePeriod) {
        return call(() -> stubs.access().rotateKey(RotateKeyRequest.newBuilder().setId(id)
                                                                   .setGracePeriod(duration(gracePeriod)).build()));
    }

    // OAuth2 clients and refresh tokens

    /** Registers an OAuth2 client acting as {@code client.getUser()}; the secret is in the response this once. */
    public CreateOAuthClientResponse createOAuthClient(OAuthClient client) {
        return call(() -> stubs.access().createOAuthClient(
                CreateOAuthClientRequest.newBuilder().setClient(client).build()));
    }

    public OAuthClient getOAuthClient(String clientId) {
        return call(() -> stubs.access().getOAuthClient(
                GetOAuthClientRequest.newBuilder().setClientId(clientId).build()));
    }

    public List<OAuthClient> listOAuthClients() {
        return call(() -> stubs.access().listOAuthClients(ListOAuthClientsRequest.getDefaultInstance())
                               .getClientsList());
    }

    /** Changes the fields named in {@code updateMask} (none: every field set in {@code client}). */
    public OAuthClient updateOAuthClient(String clientId, OAuthClient client, String... updateMask) {
        final UpdateOAuthClientRequest.Builder req = UpdateOAuthClientRequest.newBuilder().setClientId(clientId)
                                                                             .setClient(client);
        if (updateMask.length > 0) {
            req.setUpdateMask(mask(updateMask));
        }
        return call(() -> stubs.access().updateOAuthClient(req.build()));
    }

    public void deleteOAuthClient(String clientId) {
        call(() -> stubs.access().deleteOAuthClient(
                DeleteOAuthClientRequest.newBuilder().setClientId(clientId).build()));
    }

    /** Revokes one refresh token family or every family of a user; returns how many tokens stopped working. */
    public int revokeRefreshTokens(RevokeRefreshTokensRequest request) {
        return call(() -> stubs.access().revokeRefreshTokens(request).getRevoked());
    }

    // External issuers

    public Issuer createIssuer(Issuer issuer) {
        return call(() -> stubs.access().createIssuer(CreateIssuerRequest.newBuilder().setIssuer(issuer).build()));
    }

    public Issuer getIssuer(String name) {
        return call(() -> stubs.access().getIssuer(GetIssuerRequest.newBuilder().setName(name).build()));
    }

    public List<Issuer> listIssuers() {
        return call(() -> stubs.access().listIssuers(ListIssuersRequest.getDefaultInstance()).getIssuersList());
    }

    /** Changes the fields named in {@code updateMask} (none: every field set in {@code issuer}). */
    public Issuer updateIssuer(String name, Issuer issuer, String... updateMask) {
        final UpdateIssuerRequest.Builder req = UpdateIssuerRequest.newBuilder().setName(name).setIssuer(issuer);
        if (updateMask.length > 0) {
            req.setUpdateMask(mask(updateMask));
        }
        return call(() -> stubs.access().updateIssuer(req.build()));
    }

    public void deleteIssuer(String name) {
        call(() -> stubs.access().deleteIssuer(DeleteIssuerRequest.newBuilder().setName(name).build()));
    }

    // Signing keys, the master keyset, the audit log

    public List<SigningKey> listSigningKeys() {
        return call(() -> stubs.access().listSigningKeys(ListSigningKeysRequest.getDefaultInstance()).getKeysList());
    }

    public List<SigningKey> rotateSigningKey() {
        return call(() -> stubs.access().rotateSigningKey(RotateSigningKeyRequest.getDefaultInstance())
                               .getKeysList());
    }

    /** Starts re-sealing every stored secret under a new key; returns at once (see {@link #getKeysetStatus()}). */
    public KeysetStatus rotateKeyset() {
        return call(() -> stubs.access().rotateKeyset(RotateKeysetRequest.getDefaultInstance()));
    }

    public KeysetStatus getKeysetStatus() {
        return call(() -> stubs.access().getKeysetStatus(GetKeysetStatusRequest.getDefaultInstance()));
    }

    /** One page of audit entries, newest first; pass the response's next_page_token for the next. */
    public ListAuditEntriesResponse listAuditEntries(ListAuditEntriesRequest request) {
        return call(() -> stubs.access().listAuditEntries(request));
    }

    /** Walks the audit hash chain and reports the first broken link. */
    public VerifyAuditResponse verifyAudit() {
        return call(() -> stubs.access().verifyAudit(VerifyAuditRequest.getDefaultInstance()));
    }

    private static FieldMask mask(String... paths) {
        return FieldMask.newBuilder().addAllPaths(List.of(paths)).build();
    }

    private static com.google.protobuf.Duration duration(Duration d) {
        return com.google.protobuf.Duration.newBuilder().setSeconds(d.getSeconds()).setNanos(d.getNano()).build();
    }
}
