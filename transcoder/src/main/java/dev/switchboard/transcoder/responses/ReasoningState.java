package dev.switchboard.transcoder.responses;

import java.util.Base64;
import javax.annotation.Nullable;

import com.google.protobuf.ByteString;

/**
 * Opaque reasoning state (a thinking signature, an encrypted reasoning item of another upstream)
 * carried in a reasoning item's {@code encrypted_content}, which Responses clients send back
 * unchanged. The prefix marks our own encoding and whether the reasoning was redacted; content
 * without it (another server's) is kept as its bytes, which no adapter will claim.
 */
final class ReasoningState {
    private static final String PLAIN = "sbrs1.";
    private static final String REDACTED = "sbrs1r.";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    record Decoded(ByteString state, boolean redacted) {}

    private ReasoningState() {}

    /** The encrypted_content for this state; null when there is none. */
    @Nullable
    static String encode(ByteString state, boolean redacted) {
        if (state.isEmpty() && !redacted) {
            return null;
        }
        return (redacted ? REDACTED : PLAIN) + B64.encodeToString(state.toByteArray());
    }

    static Decoded decode(@Nullable String encrypted) {
        if (encrypted == null || encrypted.isEmpty()) {
            return new Decoded(ByteString.EMPTY, false);
        }
        final boolean redacted = encrypted.startsWith(REDACTED);
        final String prefix = redacted ? REDACTED : PLAIN;
        if (redacted || encrypted.startsWith(PLAIN)) {
            try {
                return new Decoded(ByteString.copyFrom(Base64.getUrlDecoder().decode(encrypted.substring(prefix.length()))),
                                   redacted);
            } catch (IllegalArgumentException e) {
                // Not ours after all: fall through and keep what the client sent.
            }
        }
        return new Decoded(ByteString.copyFromUtf8(encrypted), false);
    }
}
