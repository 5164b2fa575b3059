package dev.switchboard.server.auth;

import java.util.concurrent.CompletableFuture;

/**
 * Verifies a JWT: this gateway's own access tokens, or an external issuer's. Must not block the
 * event loop (fetching an issuer's keys is asynchronous).
 */
@FunctionalInterface
public interface TokenVerifier {
    /**
     * Completes with the token's principal, or with null when the token is not this verifier's
     * (another issuer) or does not verify: bad signature, unknown key, disallowed algorithm,
     * wrong issuer or audience, expired or not yet valid. Never completes exceptionally for a bad
     * token, and never puts the token into a log or message.
     */
    CompletableFuture<Principal> verify(String jwt);
}
