package dev.switchboard.server.oauth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets this package makes: client ids ("sbc-", 96 random bits: an identifier, not a
 * secret), client secrets ("sbs-") and refresh tokens ("sbr-"), both 256 random bits.
 */
final class Secrets {
    static final String CLIENT_ID = "sbc-";
    static final String CLIENT_SECRET = "sbs-";
    static final String REFRESH_TOKEN = "sbr-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    static String clientId() {
        return CLIENT_ID + random(12);
    }

    static String clientSecret() {
        return CLIENT_SECRET + random(32);
    }

    static String refreshToken() {
        return REFRESH_TOKEN + random(32);
    }

    static String last4(String secret) {
        return secret.substring(secret.length() - 4);
    }

    /** Constant-time comparison of two keyed hashes. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(UTF_8), b.getBytes(UTF_8));
    }

    private static String random(int bytes) {
        final byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
