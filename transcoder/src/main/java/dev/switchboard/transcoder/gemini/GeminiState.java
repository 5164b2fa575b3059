package dev.switchboard.transcoder.gemini;

import java.nio.charset.StandardCharsets;
import javax.annotation.Nullable;

import com.google.protobuf.ByteString;

/**
 * Gemini's opaque provider state in the shared convention: {@code "gemini:"} followed by a
 * thoughtSignature exactly as Gemini sent it. State with any other tag belongs to another
 * provider (the conversation switched) and is ignored.
 */
final class GeminiState {
    private static final ByteString TAG = ByteString.copyFromUtf8("gemini:");

    static ByteString of(String signature) {
        return TAG.concat(ByteString.copyFromUtf8(signature));
    }

    /** The signature in {@code state}, or null when it is empty or not Gemini's. */
    @Nullable
    static String signature(ByteString state) {
        if (!state.startsWith(TAG) || state.size() == TAG.size()) {
            return null;
        }
        return state.substring(TAG.size()).toString(StandardCharsets.UTF_8);
    }

    private GeminiState() {}
}
