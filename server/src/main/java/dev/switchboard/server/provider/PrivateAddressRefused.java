package dev.switchboard.server.provider;

import java.net.UnknownHostException;

/**
 * A guarded provider's host resolved to an address it may not reach ({@link PrivateNetworks}):
 * the connection is never opened. A resolution failure to Netty and Armeria, so the request fails
 * unsent; its message names the host, the kind of address and the address, never the URL.
 */
public final class PrivateAddressRefused extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    PrivateAddressRefused(String message) {
        super(message);
    }

    /** No stack: this is a refusal, not a bug, and it can come on every request. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
