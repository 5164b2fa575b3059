package dev.switchboard.transcoder.common;

import java.util.Base64;

import com.google.protobuf.ByteString;

import dev.switchboard.v1.ToolCall;

/**
 * How a tool call's opaque provider state (a Gemini thought signature, say) travels through a
 * client format that has no place for it and comes back on the next turn: it rides in the call's
 * id, {@code <id>__sbps_<base64url(state)>}, because every client echoes tool-call ids verbatim, in
 * the assistant turn and in the tool results. Shared by the OpenAI chat, Anthropic Messages and
 * Responses ingresses. (Reasoning state travels in each format's own way: see
 * {@code openai.ThinkingBlocks}.)
 */
public final class ToolCallIds {
    static final String ID_MARK = "__sbps_";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    private ToolCallIds() {}

    /** The id an OpenAI client sees for a call. */
    public static String clientId(ToolCall call) {
        if (call.getProviderState().isEmpty()) {
            return call.getId();
        }
        return call.getId() + ID_MARK + B64.encodeToString(call.getProviderState().toByteArray());
    }

    /** Splits an id a client sent back into the call's own id and its state. */
    public static void readClientId(String raw, ToolCall.Builder call) {
        final int mark = raw.indexOf(ID_MARK);
        if (mark < 0) {
            call.setId(raw);
            return;
        }
        call.setId(raw.substring(0, mark));
        try {
            call.setProviderState(ByteString.copyFrom(B64_DECODER.decode(raw.substring(mark + ID_MARK.length()))));
        } catch (IllegalArgumentException e) {
            // Not ours after all: keep the id whole rather than lose what the client sent.
            call.setId(raw);
        }
    }

    /** The call id inside an id a client sent back (tool results refer to calls by it). */
    public static String bareId(String raw) {
        final int mark = raw.indexOf(ID_MARK);
        return mark < 0 ? raw : raw.substring(0, mark);
    }
}
