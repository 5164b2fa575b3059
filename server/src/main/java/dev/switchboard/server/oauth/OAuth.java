package dev.switchboard.server.oauth;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

import org.jdbi.v3.core.Jdbi;

import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.ServerBuilder;
import com.linecorp.armeria.server.ServerPort;

import dev.switchboard.server.access.AccessStore;
import dev.switchboard.server.access.Directory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Authenticator;
import dev.switchboard.server.auth.FailureGate;
import dev.switchboard.server.auth.TokenVerifier;
import dev.switchboard.server.crypto.KeyedHash;
import dev.switchboard.server.crypto.Sealer;

/**
 * The gateway's authorization server as one gateway holds it: signing keys, the verifier of its
 * access tokens (for the authenticator), the token endpoint and discovery documents (for the
 * server), and the admin operations (for AccessAdmin).
 */
public final class OAuth implements AutoCloseable {
    private final TokenSettings settings;
    private final PublicUrl publicUrl;
    private final SigningKeys signingKeys;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final OAuthClients clients;
    private final OAuthAdmin admin;
    private final KeyedHash hash;
    private final Directory directory;
    private final AccessStore store;
    private final Clock clock;

    private OAuth(TokenSettings settings, Jdbi jdbi, Sealer sealer, KeyedHash hash, Directory directory,
                  AccessStore store, Clock clock, ScheduledExecutorService background) {
        this.settings = settings;
        this.hash = hash;
        this.directory = directory;
        this.store = store;
        this.clock = clock;
        publicUrl = new PublicUrl(settings.publicUrl());
        signingKeys = SigningKeys.open(jdbi, sealer, clock, settings.accessTokenTtl().plus(AccessTokens.CLOCK_SKEW),
                                       background);
        accessTokens = new AccessTokens(signingKeys, publicUrl, directory, clock, settings.accessTokenTtl());
        refreshTokens = new RefreshTokens(jdbi, hash, clock);
        clients = new OAuthClients(jdbi);
        admin = new OAuthAdmin(clients, refreshTokens, signingKeys, directory, hash, clock);
    }

    /** Loads (or creates) the signing keys; blocking (start-up). */
    public static OAuth open(TokenSettings settings, Jdbi jdbi, Sealer sealer, KeyedHash hash, Directory directory,
                             AccessStore store, Clock clock, ScheduledExecutorService background) {
        return new OAuth(settings, jdbi, sealer, hash, directory, store, clock, background);
    }

    /** Verifies the gateway's own access tokens: one of the authenticator's verifiers. */
    public TokenVerifier verifier() {
        return accessTokens;
    }

    public OAuthAdmin admin() {
        return admin;
    }

    /**
     * Serves {@code POST /oauth/token} (subject tokens authenticated by {@code authenticator},
     * the one requests use) and the discovery documents under {@code /.well-known/}.
     */
    public void configure(ServerBuilder sb, Authenticator authenticator, FailureGate failures, AuditLog audit) {
        sb.route().post(TokenEndpoint.PATH).build(new TokenEndpoint(
                accessTokens, refreshTokens, clients, hash, directory, store, authenticator, failures,
                settings.refreshTokenTtl(), clock, audit));
        Discovery.register(sb, signingKeys, publicUrl);
    }

    /** Fixes the issuer URL once the port is bound, unless it was configured. */
    public void started(Server server, String host) {
        final ServerPort port = server.activePort();
        if (port != null) {
            publicUrl.started(port.hasHttps() ? "https" : "http", host, port.localAddress().getPort());
        }
    }

    @Override
    public void close() {
        signingKeys.close();
    }
}
