package dev.switchboard.server.auth;

import java.util.Locale;

import dev.switchboard.transcoder.error.GatewayException;

/**
 * What a user may do, from most to least. {@link Permissions} is the one table that says which
 * role may call which RPC and route; ownership (a member's own things) is decided by the service.
 */
public enum Role {
    /** Everything. */
    ADMIN,
    /** Shared providers, aliases, presets, health and tests, usage of all; not users or keys of others. */
    OPERATOR,
    /** Inference; their own keys, providers (bring your own key) and aliases. */
    MEMBER,
    /** Read-only: providers without secrets, aliases, models, usage. */
    VIEWER;

    /** The name on the wire and in the database: "admin", "operator", "member", "viewer". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this role is at least as strong as {@code other} (ADMIN > OPERATOR > MEMBER > VIEWER). */
    public boolean atLeast(Role other) {
        return ordinal() <= other.ordinal();
    }

    /** Whether this role manages shared things (providers and aliases without an owner). */
    public boolean managesShared() {
        return this == ADMIN || this == OPERATOR;
    }

    /**
     * Parses a wire name; INVALID_ARGUMENT naming {@code field} otherwise.
     */
    public static Role parse(String value, String field) {
        for (Role r : values()) {
            if (r.wire().equals(value)) {
                return r;
            }
        }
        throw GatewayException.invalid(field + ": '" + value + "' (expected: admin, operator, member or viewer)");
    }
}
