package dev.switchboard.transcoder.responses;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.ByteString;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.UpstreamJson;

/**
 * A Responses reasoning item as opaque provider state: its id and encrypted content, which the
 * next turn must send back for the model to keep its reasoning across a tool call.
 */
record ReasoningItem(String id, @Nullable String encryptedContent) {
    static final String TAG = "openai_responses:";

    ByteString toState() {
        return ByteString.copyFrom(TAG + new String(Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("id", id);
            if (encryptedContent != null) {
                g.writeStringField("encrypted_content", encryptedContent);
            }
            g.writeEndObject();
        }), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** The item behind state this adapter wrote; null for anyone else's state. */
    @Nullable
    static ReasoningItem fromState(ByteString state) {
        final String s = state.toStringUtf8();
        if (!s.startsWith(TAG)) {
            return null;
        }
        return UpstreamJson.parse(s.substring(TAG.length()), ReasoningItem::read);
    }

    @Nullable
    private static ReasoningItem read(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return null;
        }
        String id = "";
        String encrypted = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("id".equals(field)) {
                id = UpstreamJson.stringOrEmpty(p);
            } else if ("encrypted_content".equals(field)) {
                encrypted = UpstreamJson.string(p);
            } else {
                p.skipChildren();
            }
        }
        return id.isEmpty() ? null : new ReasoningItem(id, encrypted);
    }

    /** Writes the input item that hands this reasoning back to the model. */
    void write(JsonGenerator g, String summary) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "reasoning");
        g.writeStringField("id", id);
        if (encryptedContent != null) {
            g.writeStringField("encrypted_content", encryptedContent);
        }
        g.writeArrayFieldStart("summary");
        if (!summary.isEmpty()) {
            g.writeStartObject();
            g.writeStringField("type", "summary_text");
            g.writeStringField("text", summary);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
