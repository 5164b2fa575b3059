package dev.switchboard.transcoder.gemini;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * Rewrites a JSON Schema into the OpenAPI subset that models before Gemini 2.0 accept in
 * {@code parameters} and {@code responseSchema}: unknown keywords ({@code additionalProperties},
 * {@code $schema}, {@code propertyNames}, {@code $id}…) are dropped, {@code $ref}s are inlined,
 * {@code type:[X,"null"]} and null branches of {@code anyOf} become {@code nullable}, {@code const}
 * becomes a one-value {@code enum}, {@code oneOf} becomes {@code anyOf} and {@code allOf} is merged.
 * Newer models get the schema unchanged in {@code parametersJsonSchema} / {@code responseJsonSchema}.
 */
final class GeminiSchemas {
    /** The fields of Gemini's Schema object; everything else is dropped. */
    private static final Set<String> KEPT = Set.of(
            "type", "format", "title", "description", "nullable", "enum", "maxItems", "minItems", "properties",
            "required", "minProperties", "maxProperties", "minLength", "maxLength", "pattern", "example", "anyOf",
            "propertyOrdering", "default", "items", "minimum", "maximum");
    /** The only string formats Gemini's Schema knows. */
    private static final Set<String> STRING_FORMATS = Set.of("enum", "date-time");
    private static final int MAX_DEPTH = 64;

    /**
     * The cleaned schema, or null when it is an object schema without properties: legacy models
     * reject an empty {@code properties}, and a function without parameters simply omits them.
     */
    @Nullable
    static Struct legacy(Struct schema, String path) {
        final Struct defs = definitions(schema);
        final Struct out = clean(schema, defs, 0, new HashSet<>(), path);
        final boolean emptyObject = "object".equalsIgnoreCase(text(out, "type"))
                                    && out.getFieldsOrDefault("properties", Value.getDefaultInstance())
                                          .getStructValue().getFieldsCount() == 0;
        return emptyObject ? null : out;
    }

    private static Struct definitions(Struct schema) {
        final Struct.Builder defs = Struct.newBuilder();
        for (String key : new String[] { "definitions", "$defs" }) {
            final Value v = schema.getFieldsOrDefault(key, Value.getDefaultInstance());
            if (v.hasStructValue()) {
                defs.putAllFields(v.getStructValue().getFieldsMap());
            }
        }
        return defs.build();
    }

    private static Struct clean(Struct s, Struct defs, int depth, Set<String> refs, String path) {
        if (depth > MAX_DEPTH) {
            throw GatewayException.invalid(path + ": schema is nested too deeply");
        }
        final Struct.Builder out = Struct.newBuilder();
        final String ref = text(s, "$ref");
        if (ref != null) {
            out.putAllFields(resolve(ref, defs, depth, refs, path).getFieldsMap());
        }
        for (Map.Entry<String, Value> e : s.getFieldsMap().entrySet()) {
            final String key = e.getKey();
            final Value v = e.getValue();
            switch (key) {
                case "type":
                    type(v, out);
                    break;
                case "const":
                    out.putFields("enum", list(v));
                    break;
                case "properties":
                    if (v.hasStructValue()) {
                        final Struct.Builder props = Struct.newBuilder();
                        for (Map.Entry<String, Value> p : v.getStructValue().getFieldsMap().entrySet()) {
                            props.putFields(p.getKey(), sub(p.getValue(), defs, depth, refs, path));
                        }
                        out.putFields("properties", struct(props.build()));
                    }
                    break;
                case "items": {
                    // Tuple schemas have no Gemini equivalent: the first item's schema stands for all.
                    final Value item = v.hasListValue() && v.getListValue().getValuesCount() > 0
                                       ? v.getListValue().getValues(0) : v;
                    out.putFields("items", sub(item, defs, depth, refs, path));
                    break;
                }
                case "anyOf":
                case "oneOf":
                    union(v, out, defs, depth, refs, path);
                    break;
                case "allOf":
                    if (v.hasListValue()) {
                        for (Value branch : v.getListValue().getValuesList()) {
                            if (branch.hasStructValue()) {
                                merge(out, clean(branch.getStructValue(), defs, depth + 1, refs, path));
                            }
                        }
                    }
                    break;
                case "format":
                    if (!"string".equalsIgnoreCase(text(s, "type")) || STRING_FORMATS.contains(v.getStringValue())) {
                        out.putFields(key, v);
                    }
                    break;
                default:
                    if (KEPT.contains(key)) {
                        out.putFields(key, v);
                    }
                    break;
            }
        }
        return out.build();
    }

    private static Struct resolve(String ref, Struct defs, int depth, Set<String> refs, String path) {
        final String name = ref.startsWith("#/$defs/") ? ref.substring("#/$defs/".length())
                            : ref.startsWith("#/definitions/") ? ref.substring("#/definitions/".length()) : null;
        final Value target = name == null ? null : defs.getFieldsMap().get(name);
        if (target == null || !target.hasStructValue()) {
            throw GatewayException.invalid(path + ": $ref " + ref + " cannot be resolved for this model");
        }
        if (!refs.add(name)) {
            throw GatewayException.invalid(path + ": recursive $ref " + ref
                                           + " cannot be expressed for this model (it needs Gemini 2.0 or later)");
        }
        final Struct resolved = clean(target.getStructValue(), defs, depth + 1, refs, path);
        refs.remove(name);
        return resolved;
    }

    private static Value sub(Value v, Struct defs, int depth, Set<String> refs, String path) {
        return v.hasStructValue() ? struct(clean(v.getStructValue(), defs, depth + 1, refs, path)) : v;
    }

    /** {@code type:[X,"null"]} → X + nullable; several non-null types → anyOf of each. */
    private static void type(Value v, Struct.Builder out) {
        if (v.hasStringValue()) {
            if ("null".equals(v.getStringValue())) {
                out.putFields("nullable", Value.newBuilder().setBoolValue(true).build());
            } else {
                out.putFields("type", v);
            }
            return;
        }
        if (!v.hasListValue()) {
            return;
        }
        final ListValue.Builder types = ListValue.newBuilder();
        for (Value t : v.getListValue().getValuesList()) {
            if ("null".equals(t.getStringValue())) {
                out.putFields("nullable", Value.newBuilder().setBoolValue(true).build());
            } else if (t.hasStringValue()) {
                types.addValues(t);
            }
        }
        if (types.getValuesCount() == 1) {
            out.putFields("type", types.getValues(0));
        } else if (types.getValuesCount() > 1) {
            final ListValue.Builder anyOf = ListValue.newBuilder();
            for (Value t : types.getValuesList()) {
                anyOf.addValues(struct(Struct.newBuilder().putFields("type", t).build()));
            }
            out.putFields("anyOf", Value.newBuilder().setListValue(anyOf).build());
        }
    }

    /** Null branches become nullable; a single remaining branch is merged in place. */
    private static void union(Value v, Struct.Builder out, Struct defs, int depth, Set<String> refs, String path) {
        if (!v.hasListValue()) {
            return;
        }
        final ListValue.Builder branches = ListValue.newBuilder();
        for (Value branch : v.getListValue().getValuesList()) {
            if (!branch.hasStructValue()) {
                continue;
            }
            if ("null".equals(text(branch.getStructValue(), "type"))) {
                out.putFields("nullable", Value.newBuilder().setBoolValue(true).build());
            } else {
                branches.addValues(sub(branch, defs, depth, refs, path));
            }
        }
        if (branches.getValuesCount() == 1) {
            merge(out, branches.getValues(0).getStructValue());
        } else if (branches.getValuesCount() > 1) {
            out.putFields("anyOf", Value.newBuilder().setListValue(branches).build());
        }
    }

    /** Shallow merge; properties and required are unioned, as allOf of object schemas means. */
    private static void merge(Struct.Builder out, Struct add) {
        for (Map.Entry<String, Value> e : add.getFieldsMap().entrySet()) {
            final Value have = out.getFieldsMap().get(e.getKey());
            if (have != null && have.hasStructValue() && e.getValue().hasStructValue()
                && "properties".equals(e.getKey())) {
                out.putFields(e.getKey(), struct(have.getStructValue().toBuilder()
                                                     .putAllFields(e.getValue().getStructValue().getFieldsMap())
                                                     .build()));
            } else if (have != null && have.hasListValue() && e.getValue().hasListValue()
                       && "required".equals(e.getKey())) {
                final ListValue.Builder all = have.getListValue().toBuilder();
                for (Value r : e.getValue().getListValue().getValuesList()) {
                    if (!all.getValuesList().contains(r)) {
                        all.addValues(r);
                    }
                }
                out.putFields(e.getKey(), Value.newBuilder().setListValue(all).build());
            } else {
                out.putFields(e.getKey(), e.getValue());
            }
        }
    }

    private static Value list(Value v) {
        return Value.newBuilder().setListValue(ListValue.newBuilder().addValues(v)).build();
    }

    private static Value struct(Struct s) {
        return Value.newBuilder().setStructValue(s).build();
    }

    @Nullable
    private static String text(Struct s, String key) {
        final Value v = s.getFieldsOrDefault(key, JsonValues.of(""));
        return v.hasStringValue() && !v.getStringValue().isEmpty() ? v.getStringValue() : null;
    }

    private GeminiSchemas() {}
}
