package dev.switchboard.server.oauth;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * The gateway's URL as its clients see it: the {@code iss} of its tokens and the base of the
 * discovery documents. Configured, or the address the server listens on, known once it started.
 */
final class PublicUrl {
    private final boolean configured;
    @Nullable
    private volatile String url;

    PublicUrl(@Nullable String configured) {
        this.configured = configured != null;
        url = configured;
    }

    /** Called when the server started; ignored when the URL was configured. */
    void started(String scheme, String host, int port) {
        if (!configured) {
            final String h = host.indexOf(':') >= 0 ? '[' + host + ']' : host;
            url = scheme + "://" + h + ':' + port;
        }
    }

    /** The issuer; "" before the server started (no token is issued or accepted then). */
    String get() {
        final String u = url;
        return u == null ? "" : u;
    }
}
