package dev.switchboard.server;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.common.CommonPools;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.ServerBuilder;

import dev.switchboard.server.access.Access;
import dev.switchboard.server.access.UserRecord;
import dev.switchboard.server.admin.AccessAdminService;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.audit.AuthFailures;
import dev.switchboard.server.auth.AdminKey;
import dev.switchboard.server.auth.AuthDecorator;
import dev.switchboard.server.auth.Authenticator;
import dev.switchboard.server.crypto.KeyedHash;
import dev.switchboard.server.crypto.KeysetRotation;
import dev.switchboard.server.oauth.OAuth;
import dev.switchboard.server.oauth.issuer.ExternalIssuers;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.ui.Console;
import dev.switchboard.server.ui.SessionStore;

/**
 * Who may call the gateway, as one process holds it: users and keys, the gateway's own tokens,
 * external issuers, the authenticator over all of them, the audit log and the failure limit. The
 * identity half of {@link Gateway}'s wiring.
 */
final class Identity implements AutoCloseable {
    private final ServerConfig config;
    private final Access access;
    private final ExternalIssuers issuers;
    private final OAuth oauth;
    private final Authenticator authenticator;
    private final AuditLog auditLog;
    private final AuthFailures authFailures;
    /** The web console's logins: in memory, per process. */
    private final SessionStore sessions = new SessionStore(Clock.systemUTC());

    Identity(ServerConfig config, Storage storage, @Nullable AdminKey adminKey, ClientFactory clientFactory) {
        this.config = config;
        final Clock clock = Clock.systemUTC();
        final KeyedHash keyedHash = KeyedHash.open(storage.jdbi(), storage.sealer());
        access = Access.open(storage.jdbi(), keyedHash, clock, CommonPools.blockingTaskExecutor());
        issuers = ExternalIssuers.open(storage.jdbi(), access.store(), access.directory(), clientFactory, clock,
                                       CommonPools.blockingTaskExecutor());
        oauth = OAuth.open(config.tokens(), storage.jdbi(), storage.sealer(), keyedHash, access.directory(),
                           access.store(), clock, CommonPools.blockingTaskExecutor());
        authenticator = access.authenticator(adminKey, List.of(oauth.verifier(), issuers.verifier()));
        auditLog = new AuditLog(storage.jdbi());
        authFailures = AuthFailures.start(auditLog, CommonPools.blockingTaskExecutor(),
                                          config.authFailuresPerMinute());
    }

    AuditLog auditLog() {
        return auditLog;
    }

    /** A user's name by id (the id itself for a user that is gone), for showing owners. */
    Function<String, String> userNames() {
        return id -> {
            final UserRecord user = access.directory().user(id);
            return user == null ? id : user.name();
        };
    }

    /** A user's id by name, or null. */
    Function<String, String> userIds() {
        return name -> {
            final UserRecord user = access.directory().userByName(name);
            return user == null ? null : user.id();
        };
    }

    /** @param ownersChanged run after a user (and what they owned) was deleted */
    AccessAdminService adminService(Runnable ownersChanged, KeysetRotation keysetRotation) {
        return new AccessAdminService(access.accounts(ownersChanged), access.directory(), auditLog, keysetRotation,
                                      oauth.admin(), issuers.admin());
    }

    /** The token endpoint, the discovery documents, the console, and authentication on every route. */
    void configure(ServerBuilder sb) {
        oauth.configure(sb, authenticator, authFailures, auditLog);
        final String publicUrl = config.tokens().publicUrl();
        Console.configure(sb, config.uiDir(), publicUrl != null && publicUrl.startsWith("https://"), sessions,
                          authenticator, authFailures);
        sb.decorator(new AuthDecorator(authenticator, authFailures, sessions));
    }

    /** Once the port is known: the default issuer URL of the gateway's tokens. */
    void started(Server server) {
        oauth.started(server, config.host());
    }

    @Override
    public void close() {
        access.close();
        oauth.close();
        // Before the database closes: the last counts are written on close.
        authFailures.close();
    }
}
