package dev.switchboard.server.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.auth.AdminKey;
import dev.switchboard.server.auth.Authenticator;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.TokenVerifier;
import dev.switchboard.server.crypto.KeyedHash;

/**
 * Every credential the gateway accepts, in memory: the admin key (constant-time comparison), client
 * keys (their keyed hash looked up in the {@link Directory}: the map lookup compares HMAC outputs,
 * which an attacker can neither choose nor learn from), and JWTs (ours or an external issuer's),
 * whose verified principal is cached until the token expires. Every answer re-checks that the
 * user still exists and is enabled, so disabling a user stops their tokens at once too.
 */
public final class KeyAuthenticator implements Authenticator {
    private static final CompletableFuture<Principal> REFUSED = CompletableFuture.completedFuture(null);
    private static final long MAX_CACHED_TOKENS = 100_000;

    @Nullable
    private final AdminKey adminKey;
    private final Directory directory;
    private final KeyedHash hash;
    private final List<TokenVerifier> verifiers;
    private final Clock clock;
    private final LastUsed lastUsed;
    private final Cache<String, Principal> tokens;

    KeyAuthenticator(@Nullable AdminKey adminKey, Directory directory, KeyedHash hash, List<TokenVerifier> verifiers,
                     Clock clock, LastUsed lastUsed) {
        this.adminKey = adminKey;
        this.directory = directory;
        this.hash = hash;
        this.verifiers = List.copyOf(verifiers);
        this.clock = clock;
        this.lastUsed = lastUsed;
        // Upkeep on the reader's thread, not the common pool's (read on every token request).
        tokens = Caffeine.newBuilder().executor(Runnable::run).maximumSize(MAX_CACHED_TOKENS)
                         .expireAfter(new UntilExpiry()).build();
        directory.onReload(tokens::invalidateAll);
    }

    @Override
    public CompletableFuture<Principal> authenticate(String credential) {
        if (adminKey != null && adminKey.matches(credential)) {
            return CompletableFuture.completedFuture(Principal.ADMIN);
        }
        if (ApiKeys.looksLikeKey(credential)) {
            return CompletableFuture.completedFuture(key(credential));
        }
        if (looksLikeJwt(credential)) {
            final Principal cached = tokens.getIfPresent(credential);
            if (cached != null) {
                return CompletableFuture.completedFuture(live(cached));
            }
            return verify(credential, 0);
        }
        return REFUSED;
    }

    @Nullable
    private Principal key(String credential) {
        final Directory.KeyEntry entry = directory.keyByHash(hash.hash(credential));
        if (entry == null) {
            return null;
        }
        final long now = clock.millis();
        final Instant expires = entry.key().expireTime();
        if (expires != null && now >= expires.toEpochMilli()) {
            return null;
        }
        lastUsed.used(entry.key().id(), now);
        return entry.principal();
    }

    /** Asks each verifier in turn; the first that knows the token decides. */
    private CompletableFuture<Principal> verify(String jwt, int index) {
        if (index == verifiers.size()) {
            return REFUSED;
        }
        return verifiers.get(index).verify(jwt).thenCompose(p -> {
            if (p == null) {
                return verify(jwt, index + 1);
            }
            if (p.expires() != null) {
                tokens.put(jwt, p);
            }
            return CompletableFuture.completedFuture(live(p));
        });
    }

    @Nullable
    private Principal live(Principal p) {
        if (p.expires() != null && clock.millis() >= p.expires().toEpochMilli()) {
            return null;
        }
        return directory.active(p.userId()) ? p : null;
    }

    private static boolean looksLikeJwt(String credential) {
        final int first = credential.indexOf('.');
        return first > 0 && credential.indexOf('.', first + 1) > first;
    }

    /** Cached until the token's own expiry: never longer than the token is valid. */
    private final class UntilExpiry implements Expiry<String, Principal> {
        @Override
        public long expireAfterCreate(String key, Principal p, long currentTime) {
            final long left = p.expires() == null ? 0 : p.expires().toEpochMilli() - clock.millis();
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, left));
        }

        @Override
        public long expireAfterUpdate(String key, Principal p, long currentTime, long currentDuration) {
            return expireAfterCreate(key, p, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Principal p, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
