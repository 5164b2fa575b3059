package dev.switchboard.transcoder.openai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.ByteString;

import dev.switchboard.transcoder.anthropic.AnthropicNames;
import dev.switchboard.transcoder.common.ClientJson;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.ReasoningPart;

/**
 * How reasoning state (thinking signatures, redacted thinking) travels through an OpenAI chat
 * client and comes back on the next turn: in {@code thinking_blocks} next to
 * {@code reasoning_content} (the convention LiteLLM made common, Anthropic's block shapes), which
 * clients that resend the assistant message keep. State is ASCII by convention
 * ({@code <format>:<payload>}), so it is written as text.
 */
final class ThinkingBlocks {
    private ThinkingBlocks() {}

    /** Whether any reasoning part carries state the client must send back. */
    static boolean hasReasoningState(List<ContentPart> parts) {
        for (ContentPart part : parts) {
            if (part.getPartCase() == ContentPart.PartCase.REASONING
                && (!part.getProviderState().isEmpty() || part.getReasoning().getRedacted())) {
                return true;
            }
        }
        return false;
    }

    /** Writes {@code thinking_blocks} for the reasoning parts, in order. */
    static void writeThinkingBlocks(JsonGenerator g, List<ContentPart> parts) throws IOException {
        g.writeArrayFieldStart("thinking_blocks");
        for (ContentPart part : parts) {
            if (part.getPartCase() != ContentPart.PartCase.REASONING) {
                continue;
            }
            final String state = part.getProviderState().toString(StandardCharsets.UTF_8);
            g.writeStartObject();
            if (part.getReasoning().getRedacted()) {
                g.writeStringField("type", "redacted_thinking");
                g.writeStringField("data", state);
            } else {
                g.writeStringField("type", "thinking");
                g.writeStringField("thinking", part.getReasoning().getText());
                g.writeStringField("signature", state);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * One streamed block: the signature that closes the reasoning so far, or a redacted block of
     * its own. The type must say which: a client gives the streamed reasoning text back to the
     * first textless {@code thinking} block (see {@link #withText}), which must be the signed one.
     */
    static void writeStreamedBlock(JsonGenerator g, ByteString state) throws IOException {
        g.writeArrayFieldStart("thinking_blocks");
        g.writeStartObject();
        if (AnthropicNames.isRedacted(state)) {
            g.writeStringField("type", "redacted_thinking");
            g.writeStringField("data", state.toString(StandardCharsets.UTF_8));
        } else {
            g.writeStringField("type", "thinking");
            g.writeStringField("thinking", "");
            g.writeStringField("signature", state.toString(StandardCharsets.UTF_8));
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    /**
     * Gives {@code text} to the first thinking block that has none (see the decoder). Redacted
     * blocks have no text, whichever type they came back with: earlier streams sent them as
     * {@code thinking} blocks whose signature was the redacted state.
     */
    static List<ContentPart> withText(List<ContentPart> blocks, String text) {
        final List<ContentPart> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            final ContentPart b = out.get(i);
            if (!b.getReasoning().getRedacted() && !AnthropicNames.isRedacted(b.getProviderState())
                && b.getReasoning().getText().isEmpty()) {
                out.set(i, b.toBuilder().setReasoning(b.getReasoning().toBuilder().setText(text)).build());
                break;
            }
        }
        return out;
    }

    /** Reads a client's {@code thinking_blocks} into reasoning parts. */
    static List<ContentPart> readThinkingBlocks(JsonParser p, String path) throws IOException {
        final List<ContentPart> out = new ArrayList<>();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return out;
        }
        ClientJson.expectArray(p, path);
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            final String at = path + '[' + i++ + ']';
            ClientJson.expectObject(p, at);
            String type = "thinking";
            String text = "";
            String state = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                final String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "type": type = ClientJson.string(p, at + ".type"); break;
                    case "thinking": text = ClientJson.optStringOrEmpty(p, at + ".thinking"); break;
                    case "signature":
                    case "data": state = ClientJson.optStringOrEmpty(p, at + '.' + field); break;
                    default: p.skipChildren(); break;
                }
            }
            out.add(ContentPart.newBuilder()
                               .setReasoning(ReasoningPart.newBuilder().setText(text)
                                                          .setRedacted("redacted_thinking".equals(type)))
                               .setProviderState(ByteString.copyFromUtf8(state))
                               .build());
        }
        return out;
    }
}
