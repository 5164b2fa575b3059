package dev.switchboard.transcoder.anthropic;

import java.util.Base64;

import com.google.protobuf.ByteString;


/**
 * How a reasoning part's opaque provider state travels through an Anthropic client as a thinking
 * block's {@code signature} (or a redacted_thinking block's {@code data}), and comes back.
 * Anthropic's own state ({@code anthropic:<payload>}) goes as the bare payload, so an Anthropic
 * upstream gets back exactly what it signed. Any other provider's state goes as
 * {@code sbps_<base64url(state)>}: Anthropic signatures are standard base64, which has no
 * {@code _}, so the prefix never collides with a real signature.
 */
final class ThinkingState {
    private static final String FOREIGN = "sbps_";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    /** What a client sees for one piece of state: a signature, or redacted thinking data. */
    record Wire(String value, boolean redacted) {}

    static Wire encode(ByteString state) {
        if (state.isEmpty()) {
            return new Wire("", false);
        }
        final String payload = AnthropicNames.statePayload(state);
        if (payload != null) {
            return payload.startsWith(AnthropicNames.REDACTED)
                   ? new Wire(payload.substring(AnthropicNames.REDACTED.length()), true) : new Wire(payload, false);
        }
        return new Wire(FOREIGN + B64.encodeToString(state.toByteArray()), false);
    }

    /** The state behind a thinking block's signature; empty for an empty signature. */
    static ByteString signature(String signature) {
        if (signature.isEmpty()) {
            return ByteString.EMPTY;
        }
        if (signature.startsWith(FOREIGN)) {
            try {
                return ByteString.copyFrom(B64_DECODER.decode(signature.substring(FOREIGN.length())));
            } catch (IllegalArgumentException e) {
                // Not ours after all: hand it on as Anthropic's, which is what it then must be.
            }
        }
        return AnthropicNames.state(signature);
    }

    /** The state behind a redacted_thinking block's data (another provider's encrypted reasoning included). */
    static ByteString redacted(String data) {
        if (data.startsWith(FOREIGN)) {
            return signature(data);
        }
        return AnthropicNames.redactedState(data);
    }

    private ThinkingState() {}
}
