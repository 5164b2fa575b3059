package dev.switchboard.server.provider;

/** How a provider expects its API key. */
public enum AuthType {
    BEARER("bearer", "authorization"),
    X_API_KEY("x-api-key", "x-api-key"),
    X_GOOG_API_KEY("x-goog-api-key", "x-goog-api-key"),
    NONE("none", "");

    private final String token;
    private final String header;

    AuthType(String token, String header) {
        this.token = token;
        this.header = header;
    }

    public String token() {
        return token;
    }

    /** The request header that carries the key; empty for NONE. */
    public String header() {
        return header;
    }

    /** The header value for a key. */
    public String value(String key) {
        return this == BEARER ? "Bearer " + key : key;
    }
}
