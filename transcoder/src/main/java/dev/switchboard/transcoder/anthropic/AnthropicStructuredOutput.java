package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.v1.ResponseFormat;

/**
 * How a {@code json_schema} response format reaches Anthropic: natively as
 * {@code output_config: {format: {type: "json_schema", schema}}}, which constrains the answer text
 * itself, or, for models without structured outputs, as the forced answer tool of
 * {@link AnthropicTools}, whose input_schema Anthropic requires to be an object.
 *
 * <p>Per Anthropic's "Structured outputs" page (platform.claude.com/docs/en/build-with-claude/structured-outputs),
 * {@code output_config.format} is generally available, without a beta header, for Claude Haiku 4.5,
 * Sonnet 4.5, Opus 4.5, Sonnet 4.6, Opus 4.6 and the models after them; the beta it replaced
 * ({@code output_format} with {@code anthropic-beta: structured-outputs-2025-11-13}) covered
 * Sonnet 4.5 and Opus 4.1 only. So the models known to lack it are the older ones, and a name we
 * cannot place (a newer Claude, an Anthropic-compatible server's model) gets the native form.
 */
final class AnthropicStructuredOutput {
    /** {@code claude-<family>-<major>[-<minor>]}, as in {@link AnthropicLimits}. */
    private static final Pattern NEW_STYLE = Pattern.compile("claude-(opus|sonnet|haiku)-(\\d+)(?:-(\\d)(?!\\d))?");
    /** The property a non-object schema is wrapped in for the answer tool. */
    static final String WRAPPED_PROPERTY = "value";
    /**
     * False for the models known to lack native structured outputs: Claude 1, 2 and Instant, the
     * Claude 3, 3.5 and 3.7 families, Sonnet 4, Opus 4 and Opus 4.1. Names are matched anywhere,
     * so Bedrock- and Vertex-style ids work too.
     */
    static boolean isNative(String model) {
        final String m = model.toLowerCase(Locale.ROOT);
        if (m.contains("claude-3") || m.contains("claude-2") || m.contains("claude-instant")
            || m.contains("claude-v1") || m.contains("claude-1")) {
            return false;
        }
        final Matcher matcher = NEW_STYLE.matcher(m);
        if (matcher.find()) {
            final int major = Integer.parseInt(matcher.group(2));
            final int minor = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            if (major < 4 || major == 4 && (minor == 0 || "opus".equals(matcher.group(1)) && minor == 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes {@code output_config}: a client's own (an Anthropic client's effort and the like) with
     * the format, when the format goes natively. The OpenAI format's description, which Anthropic's
     * format has no field for, becomes the schema's description when the schema has none.
     */
    static void writeOutputConfig(JsonGenerator g, @Nullable ResponseFormat format, @Nullable Struct own)
            throws IOException {
        final boolean hasOwn = own != null && own.getFieldsCount() > 0;
        if (format == null && !hasOwn) {
            return;
        }
        g.writeObjectFieldStart("output_config");
        if (hasOwn) {
            JsonValues.writeFields(g, own, format == null ? Set.of() : Set.of("format"));
        }
        if (format != null) {
            g.writeObjectFieldStart("format");
            g.writeStringField("type", "json_schema");
            g.writeFieldName("schema");
            Struct schema = format.getSchema();
            if (!format.getDescription().isEmpty() && !schema.containsFields("description")) {
                schema = schema.toBuilder().putFields("description", JsonValues.of(format.getDescription())).build();
            }
            JsonValues.writeStruct(g, schema);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Whether Anthropic takes the schema as a tool's input_schema as it is: its type must be "object". */
    static boolean isObjectSchema(Struct schema) {
        final Value type = schema.getFieldsMap().get("type");
        return type != null && type.hasStringValue() && "object".equals(type.getStringValue());
    }

    /**
     * {@code {"type":"object","properties":{"value": schema},"required":["value"]}}. Definitions
     * move up to the new root and references into the old root are re-pointed, so {@code $ref}s
     * still resolve.
     */
    static Struct wrap(Struct schema) {
        final Struct.Builder inner = Struct.newBuilder();
        final Struct.Builder root = Struct.newBuilder().putFields("type", JsonValues.of("object"));
        for (Map.Entry<String, Value> e : schema.getFieldsMap().entrySet()) {
            if ("$defs".equals(e.getKey()) || "definitions".equals(e.getKey())) {
                root.putFields(e.getKey(), repoint(e.getValue()));
            } else {
                inner.putFields(e.getKey(), repoint(e.getValue()));
            }
        }
        root.putFields("properties", Value.newBuilder().setStructValue(Struct.newBuilder().putFields(
                WRAPPED_PROPERTY, Value.newBuilder().setStructValue(inner).build())).build());
        root.putFields("required", Value.newBuilder().setListValue(
                ListValue.newBuilder().addValues(JsonValues.of(WRAPPED_PROPERTY))).build());
        return root.build();
    }

    /** A copy with every {@code $ref} into the old root (other than its definitions) moved under the property. */
    private static Value repoint(Value v) {
        if (v.hasStructValue()) {
            final Struct.Builder s = Struct.newBuilder();
            for (Map.Entry<String, Value> e : v.getStructValue().getFieldsMap().entrySet()) {
                if ("$ref".equals(e.getKey()) && e.getValue().hasStringValue()) {
                    s.putFields("$ref", JsonValues.of(repointRef(e.getValue().getStringValue())));
                } else {
                    s.putFields(e.getKey(), repoint(e.getValue()));
                }
            }
            return Value.newBuilder().setStructValue(s).build();
        }
        if (v.hasListValue()) {
            final ListValue.Builder l = ListValue.newBuilder();
            for (Value item : v.getListValue().getValuesList()) {
                l.addValues(repoint(item));
            }
            return Value.newBuilder().setListValue(l).build();
        }
        return v;
    }

    private static String repointRef(String ref) {
        if ("#".equals(ref)) {
            return "#/properties/" + WRAPPED_PROPERTY;
        }
        if (ref.startsWith("#/") && !ref.startsWith("#/$defs/") && !ref.startsWith("#/definitions/")) {
            return "#/properties/" + WRAPPED_PROPERTY + ref.substring(1);
        }
        return ref;
    }

    private AnthropicStructuredOutput() {}
}
