package dev.switchboard.server.usage;

/** Headers for the answer to the request (rate-limit state), whatever its protocol. */
@FunctionalInterface
public interface ReplyHeaders {
    ReplyHeaders NONE = (name, value) -> {};

    /** Sets {@code name}; may be called before the answer starts, from the request's event loop. */
    void set(String name, String value);
}
