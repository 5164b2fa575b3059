package dev.switchboard.server.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.google.protobuf.Timestamp;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.crypto.KeyedHash;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ApiKey;
import dev.switchboard.v1.CreateKeyResponse;
import dev.switchboard.v1.ListKeysRequest;
import dev.switchboard.v1.ListKeysResponse;
import dev.switchboard.v1.ListUsersResponse;
import dev.switchboard.v1.RotateKeyRequest;
import dev.switchboard.v1.UpdateUserRequest;
import dev.switchboard.v1.User;

/**
 * Users and their API keys, as {@code AccessAdmin} manages them: validation, the store, and the
 * directory reloaded after every change (so a revoked key stops at once). {@link
 * dev.switchboard.server.auth.Permissions} has already decided that the caller's role may call the
 * method; this narrows it to what the caller may see: admins everyone, others themselves and their
 * own keys (another's answers NOT_FOUND). Blocking (database).
 */
public final class Accounts {
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern MODEL_PATTERN = Pattern.compile("[^\\s*]+(/\\*)?");
    private static final Duration MAX_GRACE = Duration.ofDays(30);

    private final AccessStore store;
    private final Directory directory;
    private final KeyedHash hash;
    private final Runnable ownersChanged;

    Accounts(AccessStore store, Directory directory, KeyedHash hash, Runnable ownersChanged) {
        this.store = store;
        this.directory = directory;
        this.hash = hash;
        this.ownersChanged = ownersChanged;
    }

    // Users

    public User createUser(User in) {
        if (!USER_NAME.matcher(in.getName()).matches()) {
            throw GatewayException.invalid("user.name: '" + in.getName()
                                           + "' (expected: 1-64 letters, digits, '.', '_', '@' and '-')");
        }
        final Role role = in.getRole().isEmpty() ? Role.MEMBER : Role.parse(in.getRole(), "user.role");
        final UserRecord created = store.createUser(in.getName(), emptyToNull(in.getEmail()), role);
        directory.reload();
        return view(created);
    }

    public User getUser(String name) {
        return view(visibleUser(name));
    }

    public ListUsersResponse listUsers() {
        final ListUsersResponse.Builder b = ListUsersResponse.newBuilder();
        store.users().forEach(u -> b.addUsers(view(u)));
        return b.build();
    }

    public static List<String> userPaths(UpdateUserRequest req) {
        return req.hasUpdateMask() && req.getUpdateMask().getPathsCount() > 0
               ? req.getUpdateMask().getPathsList() : impliedUserMask(req.getUser());
    }

    public User updateUser(UpdateUserRequest req) {
        final List<String> paths = userPaths(req);
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
    }

    public void deleteUser(String name) {
        if (Principal.ADMIN_USER.equals(name)) {
            throw new GatewayException(ErrorKind.FAILED_PRECONDITION, "bootstrap_user",
                                       "the bootstrap user 'admin' cannot be deleted");
        }
        final UserRecord user = store.userByName(name).orElseThrow(() -> AccessStore.userNotFound(name));
        store.deleteUser(user.id());
        directory.reload();
        ownersChanged.run();
    }

    // Keys

    public CreateKeyResponse createKey(ApiKey in) {
        final UserRecord owner = in.getUser().isEmpty() ? self() : visibleUser(in.getUser());
        final Instant now = store.now();
        final Instant expires = in.hasExpireTime() ? instant(in.getExpireTime()) : null;
        if (expires != null && !expires.isAfter(now)) {
            throw GatewayException.invalid("key.expire_time: must be in the future");
        }
        return issue(owner, in.getName(), allowedModels(in.getAllowedModelsList()), expires, now);
    }

    public ApiKey getKey(String id) {
        return view(visibleKey(id));
    }

    public ListKeysResponse listKeys(ListKeysRequest req) {
        final Principal p = Principal.current();
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
    }

    public ApiKey revokeKey(String id) {
        final KeyRecord revoked = store.revokeKey(visibleKey(id).id());
        directory.reload();
        return view(revoked);
    }

    public CreateKeyResponse rotateKey(RotateKeyRequest req) {
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
        final Principal p = Principal.current();
        final UserRecord u = directory.user(p.userId());
        if (u == null) {
            throw new GatewayException(ErrorKind.UNAUTHENTICATED, "the caller's user no longer exists");
        }
        return u;
    }

    /** A user the caller may see (admins: anyone; others: themselves), else NOT_FOUND. */
    private UserRecord visibleUser(String name) {
        final Principal p = Principal.current();
        final UserRecord u = directory.userByName(name);
        if (u == null || (p.role() != Role.ADMIN && !u.id().equals(p.userId()))) {
            throw AccessStore.userNotFound(name);
        }
        return u;
    }

    /** A key the caller may see (admins: any; others: their own), else NOT_FOUND. */
    private KeyRecord visibleKey(String id) {
        final Principal p = Principal.current();
        final KeyRecord k = store.key(id).orElseThrow(() -> AccessStore.keyNotFound(id));
        if (p.role() != Role.ADMIN && !k.userId().equals(p.userId())) {
            throw AccessStore.keyNotFound(id);
        }
        return k;
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

    public static Timestamp timestamp(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    private static Instant instant(Timestamp t) {
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
