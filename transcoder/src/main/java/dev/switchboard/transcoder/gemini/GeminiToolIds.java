package dev.switchboard.transcoder.gemini;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.annotation.Nullable;

/**
 * Tool-call ids. Gemini matches results to calls by name and often sends no call id, so the
 * gateway mints {@code call_<n>_<hash>}: stable for one call of one response, and unique across
 * responses because the hash covers the response id. When Gemini does send an id, it is kept
 * behind a {@code gmid_} marker so the next request can send it back; ids without the marker
 * (minted, or from another provider) are never sent to Gemini, which rejects unknown ids on
 * models that do not issue them.
 */
final class GeminiToolIds {
    private static final String REAL = "gmid_";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String fromGemini(String id) {
        return REAL + id;
    }

    /** The id for call {@code index} of candidate {@code candidate} in the response {@code seed} names. */
    static String mint(String seed, int candidate, int index) {
        final byte[] digest = sha256(seed + '/' + candidate + '/' + index);
        final StringBuilder sb = new StringBuilder("call_").append(index).append('_');
        for (int i = 0; i < 4; i++) {
            sb.append(HEX[(digest[i] >> 4) & 0xF]).append(HEX[digest[i] & 0xF]);
        }
        return sb.toString();
    }

    /** The id Gemini itself gave the call, or null for minted and foreign ids. */
    @Nullable
    static String geminiId(String toolCallId) {
        return toolCallId.startsWith(REAL) && toolCallId.length() > REAL.length()
               ? toolCallId.substring(REAL.length()) : null;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private GeminiToolIds() {}
}
