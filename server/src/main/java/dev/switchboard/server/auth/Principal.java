package dev.switchboard.server.auth;

import io.netty.util.AttributeKey;

/**
 * Who is calling, as set by {@link AuthDecorator} on the request context and read into the core's
 * {@code Caller}. The owner id scopes what a caller stores (stored responses): it names the key
 * without being derivable back to it.
 */
public final class Principal {
    /** The owner id of the authenticated key. */
    public static final AttributeKey<String> OWNER = AttributeKey.valueOf(Principal.class, "OWNER");

    /** The owner while only the admin key exists; client keys will bring their own ids. */
    static final String ADMIN = "admin";

    private Principal() {}
}
