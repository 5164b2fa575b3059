package dev.switchboard.server.auth;

import java.util.concurrent.CompletableFuture;

/**
 * Turns a presented credential (an API key, the admin key, a JWT) into who it belongs to. Must not
 * block: it runs on the event loop for every request, so what it needs is in memory (keys and
 * users) or cached (verified tokens), and only a token from an issuer whose keys are not fetched
 * yet waits, asynchronously, for them.
 */
@FunctionalInterface
public interface Authenticator {
    /** Completes with the principal, or with null when the credential is unknown or invalid. */
    CompletableFuture<Principal> authenticate(String credential);
}
