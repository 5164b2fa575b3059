package dev.switchboard.server.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;

/**
 * A secret string (an API key, a secret header value). It leaves this object only through
 * {@link #reveal()}; everything else, {@link #toString()} included, shows it masked.
 */
public final class Secret {
    private static final String MASK = "****";
    private static final int VISIBLE = 4;

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(requireNonNull(value, "value"));
    }

    /** The secret itself. Call only where it is sent upstream or sealed. */
    public String reveal() {
        return value;
    }

    /** {@code "****"} followed by the last four characters; short secrets are masked fully. */
    public String masked() {
        final int length = value.codePointCount(0, value.length());
        if (length <= VISIBLE) {
            return MASK;
        }
        return MASK + value.substring(value.offsetByCodePoints(value.length(), -VISIBLE));
    }

    @Override
    public boolean equals(Object o) {
        // Constant time, so comparing a guess against a stored secret does not leak a prefix.
        return o instanceof Secret other
               && MessageDigest.isEqual(value.getBytes(UTF_8), other.value.getBytes(UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
