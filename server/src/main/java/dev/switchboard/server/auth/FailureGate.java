package dev.switchboard.server.auth;

import java.net.InetAddress;

/**
 * Slows down credential guessing: an address that failed to authenticate too often in the
 * current minute is refused (429) before its credential is even looked at. Both methods run on the
 * event loop: no blocking.
 */
public interface FailureGate {
    /** A gate that never refuses and records nothing. */
    FailureGate NONE = new FailureGate() {
        @Override
        public boolean limited(InetAddress address) {
            return false;
        }

        @Override
        public void failed(InetAddress address) {}
    };

    /** Whether {@code address} has failed too often to be heard now. */
    boolean limited(InetAddress address);

    /** Records one failed authentication from {@code address}. */
    void failed(InetAddress address);
}
