package dev.switchboard.server.oauth;

import com.linecorp.armeria.common.HttpStatus;

/**
 * A refusal of the token endpoint in RFC 6749 §5.2 terms: the error code, a description that
 * never quotes what the client sent, and the HTTP status (401 with a Basic challenge when the
 * client authenticated with HTTP Basic).
 */
final class TokenError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String error;
    private final boolean basicChallenge;

    private TokenError(HttpStatus status, String error, String description, boolean basicChallenge) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
        this.basicChallenge = basicChallenge;
    }

    static TokenError invalidRequest(String description) {
        return new TokenError(HttpStatus.BAD_REQUEST, "invalid_request", description, false);
    }

    static TokenError invalidClient(boolean viaBasic) {
        return new TokenError(viaBasic ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST, "invalid_client",
                              "client authentication failed", viaBasic);
    }

    static TokenError invalidGrant(String description) {
        return new TokenError(HttpStatus.BAD_REQUEST, "invalid_grant", description, false);
    }

    static TokenError unsupportedGrantType(String description) {
        return new TokenError(HttpStatus.BAD_REQUEST, "unsupported_grant_type", description, false);
    }

    static TokenError invalidScope(String description) {
        return new TokenError(HttpStatus.BAD_REQUEST, "invalid_scope", description, false);
    }

    static TokenError invalidTarget(String description) {
        return new TokenError(HttpStatus.BAD_REQUEST, "invalid_target", description, false);
    }

    /** Too many failed client authentications from this address (429, like every other route). */
    static TokenError limited() {
        return new TokenError(HttpStatus.TOO_MANY_REQUESTS, "temporarily_unavailable",
                              "too many failed authentications from this address; try again later", false);
    }

    static TokenError serverError() {
        return new TokenError(HttpStatus.INTERNAL_SERVER_ERROR, "server_error",
                              "the token could not be issued; try again", false);
    }

    HttpStatus status() {
        return status;
    }

    String error() {
        return error;
    }

    boolean basicChallenge() {
        return basicChallenge;
    }
}
