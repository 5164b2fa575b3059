package dev.switchboard.server.limits;

import java.util.Locale;

import dev.switchboard.transcoder.error.GatewayException;

/** What a limit is set on: the whole gateway, a provider, one model of a provider, a user, a key. */
enum Scope {
    GLOBAL,
    PROVIDER,
    MODEL,
    USER,
    KEY;

    /** The one subject of the global scope. */
    static final String ALL = "all";

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether budgets and quotas may be set: only on who spends (the gateway, a user, a key). */
    boolean spends() {
        return this == GLOBAL || this == USER || this == KEY;
    }

    static Scope of(String wire) {
        for (Scope s : values()) {
            if (s.wire().equals(wire)) {
                return s;
            }
        }
        throw GatewayException.invalid("scope: '" + wire + "' (expected: global, provider, model, user or key)");
    }
}
