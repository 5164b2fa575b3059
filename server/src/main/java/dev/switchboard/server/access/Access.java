package dev.switchboard.server.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.auth.AdminKey;
import dev.switchboard.server.auth.Authenticator;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.auth.TokenVerifier;
import dev.switchboard.server.crypto.KeyedHash;
import dev.switchboard.server.storage.StartupException;

/** Users and keys as one gateway holds them: the store, the in-memory directory, last-used times. */
public final class Access implements AutoCloseable {
    private static final Logger logger = LoggerFactory.getLogger(Access.class);

    private final AccessStore store;
    private final Directory directory;
    private final KeyedHash hash;
    private final LastUsed lastUsed;
    private final Clock clock;
    private final ScheduledFuture<?> refresh;

    private Access(AccessStore store, Directory directory, KeyedHash hash, LastUsed lastUsed, Clock clock,
                   ScheduledFuture<?> refresh) {
        this.refresh = refresh;
        this.store = store;
        this.directory = directory;
        this.hash = hash;
        this.lastUsed = lastUsed;
        this.clock = clock;
    }

    /** Loads the directory; blocking (start-up). */
    public static Access open(Jdbi jdbi, KeyedHash hash, Clock clock, ScheduledExecutorService background) {
        final AccessStore store = new AccessStore(jdbi, clock);
        final Directory directory = new Directory(store);
        directory.reload();
        final ScheduledFuture<?> refresh = background.scheduleWithFixedDelay(
                () -> {
                    try {
                        directory.reload();
                    } catch (RuntimeException e) {
                        logger.warn("cannot re-read users and keys; keeping the last ones", e);
                    }
                }, Directory.REFRESH.toMillis(), Directory.REFRESH.toMillis(), TimeUnit.MILLISECONDS);
        return new Access(store, directory, hash, new LastUsed(store, background), clock, refresh);
    }

    /**
     * The authenticator of every request. With the admin key turned off ({@code adminKey} null),
     * an enabled admin user with a working key must exist, or nobody could administer the gateway.
     */
    public Authenticator authenticator(@Nullable AdminKey adminKey, List<TokenVerifier> verifiers) {
        if (adminKey == null && !adminCanSignIn()) {
            throw new StartupException("the admin key is off (SWITCHBOARD_ADMIN_KEY=off) but no enabled admin user "
                                       + "has an active API key: create one with the admin key first");
        }
        return new KeyAuthenticator(adminKey, directory, hash, verifiers, clock, lastUsed);
    }

    private boolean adminCanSignIn() {
        final Instant now = clock.instant();
        for (KeyRecord k : store.keys()) {
            final UserRecord u = directory.user(k.userId());
            if (u != null && u.role() == Role.ADMIN && !u.disabled() && k.activeAt(now)) {
                return true;
            }
        }
        return false;
    }

    /** Users and keys as the admin API manages them. @param ownersChanged run after a user is deleted */
    public Accounts accounts(Runnable ownersChanged) {
        return new Accounts(store, directory, hash, ownersChanged);
    }

    public Directory directory() {
        return directory;
    }

    public AccessStore store() {
        return store;
    }

    @Override
    public void close() {
        refresh.cancel(false);
        lastUsed.close();
    }
}
