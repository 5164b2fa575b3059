package dev.switchboard.server.oauth.issuer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.switchboard.server.access.AccessStore;
import dev.switchboard.server.access.Directory;
import dev.switchboard.server.access.UserRecord;
import dev.switchboard.server.auth.Role;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * Makes the gateway user of an external subject the first time one of its tokens verifies. Known
 * users are read from the in-memory {@link Directory}; a new one is inserted on the blocking
 * executor. Concurrent first requests for one name share one insertion, and a row another
 * replica inserted first is read instead of failing on the unique name.
 */
final class Provisioner {
    private static final Logger log = LoggerFactory.getLogger(Provisioner.class);

    private final AccessStore users;
    private final Directory directory;
    private final Executor blocking;
    private final ConcurrentHashMap<String, CompletableFuture<UserRecord>> pending = new ConcurrentHashMap<>();

    Provisioner(AccessStore users, Directory directory, Executor blocking) {
        this.users = users;
        this.directory = directory;
        this.blocking = blocking;
    }

    /** The user named {@code name}, made with {@code role} if new. */
    CompletableFuture<UserRecord> user(String name, Role role) {
        final UserRecord known = directory.userByName(name);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        final CompletableFuture<UserRecord> mine = new CompletableFuture<>();
        final CompletableFuture<UserRecord> theirs = pending.putIfAbsent(name, mine);
        if (theirs != null) {
            return theirs;
        }
        try {
            blocking.execute(() -> {
                try {
                    mine.complete(create(name, role));
                } catch (RuntimeException e) {
                    mine.completeExceptionally(e);
                } finally {
                    pending.remove(name, mine);
                }
            });
        } catch (RejectedExecutionException e) {
            pending.remove(name, mine);
            mine.completeExceptionally(e);
        }
        return mine;
    }

    private UserRecord create(String name, Role role) {
        UserRecord user;
        try {
            user = users.createUser(name, null, role);
            log.info("Provisioned user '{}' ({}) from an external token", name, role.wire());
        } catch (GatewayException e) {
            if (e.kind() != ErrorKind.ALREADY_EXISTS) {
                throw e;
            }
            user = users.userByName(name).orElseThrow(() -> e);
        }
        directory.reload();
        return user;
    }
}
