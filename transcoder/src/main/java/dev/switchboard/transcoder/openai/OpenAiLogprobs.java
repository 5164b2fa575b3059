package dev.switchboard.transcoder.openai;

import java.io.IOException;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.JsonValues;

/** Writes a choice's logprobs in the shape OpenAI's schema requires. */
final class OpenAiLogprobs {
    private static final Set<String> REQUIRED = Set.of("content", "refusal");

    /**
     * Writes {@code logprobs}: an object with both {@code content} and {@code refusal} (null when an
     * upstream left one out), or null when it is not an object at all.
     */
    static void write(JsonGenerator g, Value logprobs) throws IOException {
        if (!logprobs.hasStructValue()) {
            g.writeNull();
            return;
        }
        final Struct s = logprobs.getStructValue();
        g.writeStartObject();
        for (String key : REQUIRED) {
            g.writeFieldName(key);
            final Value v = s.getFieldsOrDefault(key, null);
            if (v == null) {
                g.writeNull();
            } else {
                JsonValues.writeValue(g, v);
            }
        }
        JsonValues.writeFields(g, s, REQUIRED);
        g.writeEndObject();
    }

    private OpenAiLogprobs() {}
}
