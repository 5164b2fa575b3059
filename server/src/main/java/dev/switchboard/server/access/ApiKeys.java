package dev.switchboard.server.access;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The form of client API keys: "sb-" and 43 base64url characters (256 random bits). The prefix
 * shown in lists and logs is "sb-" and the next 8 characters: enough to recognise a key, 48 bits
 * short of guessing one.
 */
final class ApiKeys {
    static final String SCHEME = "sb-";
    static final int PREFIX_LENGTH = SCHEME.length() + 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {}

    static String generate() {
        final byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String prefix(String key) {
        return key.substring(0, PREFIX_LENGTH);
    }

    static String last4(String key) {
        return key.substring(key.length() - 4);
    }

    /** Whether a credential has the form of a client key (and so is looked up by hash). */
    static boolean looksLikeKey(String credential) {
        return credential.startsWith(SCHEME) && credential.indexOf('.') < 0;
    }
}
