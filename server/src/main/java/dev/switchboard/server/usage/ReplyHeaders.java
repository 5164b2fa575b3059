package dev.switchboard.server.usage;

/** Headers for the answer to the request (rate-limit state), whatever its protocol. */
@FunctionalInterface
public interface ReplyHeaders {
    ReplyHeaders NONE = (name, value) -> {};

    /**
     * Sets {@code name} (lower case; an {@code AsciiString} made once saves converting it per
     * answer); may be called before the answer starts, from the request's event loop.
     */
    void set(CharSequence name, String value);

    /** Several at once ({@code name, value, name, value, ...}): one change where the sink can make one. */
    default void setAll(CharSequence... namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            set(namesAndValues[i], namesAndValues[i + 1].toString());
        }
    }
}
