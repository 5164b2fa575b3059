package dev.switchboard.server.oauth.issuer;

import java.time.Clock;
import java.util.concurrent.Executor;

import org.jdbi.v3.core.Jdbi;

import com.linecorp.armeria.client.ClientFactory;

import dev.switchboard.server.access.AccessStore;
import dev.switchboard.server.access.Directory;
import dev.switchboard.server.auth.TokenVerifier;

/**
 * External identity providers as one gateway holds them: the verifier the authenticator asks
 * about JWTs, and the admin side of the {@code AccessAdmin} issuer RPCs.
 */
public final class ExternalIssuers {
    private final ExternalTokens verifier;
    private final IssuerAdmin admin;

    private ExternalIssuers(ExternalTokens verifier, IssuerAdmin admin) {
        this.verifier = verifier;
        this.admin = admin;
    }

    /**
     * Loads the configured issuers; blocking (start-up). Their keys are fetched on first use.
     *
     * @param factory the client factory JWK sets are fetched with
     * @param blocking where first-seen users are inserted
     */
    public static ExternalIssuers open(Jdbi jdbi, AccessStore users, Directory directory, ClientFactory factory,
                                       Clock clock, Executor blocking) {
        return open(jdbi, users, directory, factory, clock, blocking, JwksSource.Timing.DEFAULT);
    }

    static ExternalIssuers open(Jdbi jdbi, AccessStore users, Directory directory, ClientFactory factory, Clock clock,
                                Executor blocking, JwksSource.Timing timing) {
        final IssuerStore store = new IssuerStore(jdbi, clock);
        final IssuerRegistry registry = new IssuerRegistry(store, factory, clock, timing);
        registry.reload();
        final ExternalTokens verifier = new ExternalTokens(registry, new Provisioner(users, directory, blocking));
        // Reloading the directory drops the authenticator's cached principals: a removed or
        // changed issuer's tokens are verified again, against what is configured now.
        return new ExternalIssuers(verifier, new IssuerAdmin(store, () -> {
            registry.reload();
            directory.reload();
        }));
    }

    public TokenVerifier verifier() {
        return verifier;
    }

    public IssuerAdmin admin() {
        return admin;
    }
}
