package dev.switchboard.server.auth;

/** How a caller proved who they are; named on the wire by {@link #wire()}. */
public enum Credential {
    /** The bootstrap / break-glass admin key. */
    ADMIN_KEY("admin_key"),
    /** A client API key ("sb-…"). */
    API_KEY("api_key"),
    /** An access token this gateway issued (OAuth2). */
    ACCESS_TOKEN("access_token"),
    /** A JWT from a configured external issuer. */
    EXTERNAL_TOKEN("external_token"),
    /** The gateway itself (health checks, tests of a provider): never a request's credential. */
    SYSTEM("system");

    private final String wire;

    Credential(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
