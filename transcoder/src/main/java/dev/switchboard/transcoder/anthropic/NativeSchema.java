package dev.switchboard.transcoder.anthropic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;

/**
 * The JSON Schema subset Anthropic's native structured outputs compile, as its structured outputs
 * page describes it; a schema outside it is refused with a 400.
 */
final class NativeSchema {
    /**
     * Keywords outside the JSON Schema subset output_config.format compiles (numeric, length and
     * count bounds, and the conditional and negative forms); Anthropic answers 400 to them.
     */
    private static final Set<String> UNSUPPORTED_KEYWORDS = Set.of(
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength",
            "maxItems", "uniqueItems", "minProperties", "maxProperties", "patternProperties", "propertyNames",
            "not", "if", "then", "else", "dependentSchemas", "dependentRequired", "contains", "minContains",
            "maxContains", "unevaluatedProperties", "unevaluatedItems");

    /**
     * Whether a schema another format's client wrote fits the subset Anthropic's structured outputs
     * take: an object root, {@code additionalProperties: false} on every object, none of
     * {@link #UNSUPPORTED_KEYWORDS}, {@code minItems} 0 or 1, no recursion. One that does not
     * would be refused with a 400, while the forced answer tool takes any schema, so it goes
     * there (OpenAI's strict mode has the same object rules, so strict schemas usually fit).
     */
    static boolean fits(Struct schema) {
        if (!AnthropicStructuredOutput.isObjectSchema(schema)
            || !fits(Value.newBuilder().setStructValue(schema).build())) {
            return false;
        }
        final Struct defs = definitions(schema);
        for (String name : defs.getFieldsMap().keySet()) {
            if (reaches(defs, name, name, new HashSet<>())) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(Value v) {
        if (v.hasListValue()) {
            return v.getListValue().getValuesList().stream().allMatch(NativeSchema::fits);
        }
        if (!v.hasStructValue()) {
            return true;
        }
        final Map<String, Value> f = v.getStructValue().getFieldsMap();
        for (String k : f.keySet()) {
            if (UNSUPPORTED_KEYWORDS.contains(k)) {
                return false;
            }
        }
        final Value minItems = f.get("minItems");
        if (minItems != null && !(minItems.hasNumberValue() && minItems.getNumberValue() <= 1)) {
            return false;
        }
        final Value type = f.get("type");
        final boolean object = type != null && type.hasStringValue() && "object".equals(type.getStringValue())
                               || f.containsKey("properties");
        final Value extra = f.get("additionalProperties");
        if (object && (extra == null || !extra.hasBoolValue() || extra.getBoolValue())) {
            return false;
        }
        final Value ref = f.get("$ref");
        if (ref != null && (!ref.hasStringValue() || !ref.getStringValue().startsWith("#/"))) {
            return false;
        }
        for (Map.Entry<String, Value> e : f.entrySet()) {
            // Names under properties and $defs are not keywords; their values are schemas.
            final boolean namedSchemas = "properties".equals(e.getKey()) || "$defs".equals(e.getKey())
                                         || "definitions".equals(e.getKey());
            if (namedSchemas && e.getValue().hasStructValue()) {
                for (Value child : e.getValue().getStructValue().getFieldsMap().values()) {
                    if (!fits(child)) {
                        return false;
                    }
                }
            } else if (!"enum".equals(e.getKey()) && !"const".equals(e.getKey()) && !"default".equals(e.getKey())
                       && !"examples".equals(e.getKey()) && !fits(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static Struct definitions(Struct schema) {
        final Struct.Builder all = Struct.newBuilder();
        for (String key : new String[] { "$defs", "definitions" }) {
            final Value v = schema.getFieldsMap().get(key);
            if (v != null && v.hasStructValue()) {
                v.getStructValue().getFieldsMap().forEach((name, def) -> all.putFields(key + '/' + name, def));
            }
        }
        return all.build();
    }

    /** Whether definition {@code from} refers, directly or through others, to {@code target}. */
    private static boolean reaches(Struct defs, String from, String target, Set<String> seen) {
        if (!seen.add(from)) {
            return false;
        }
        final List<String> refs = new ArrayList<>();
        collectRefs(defs.getFieldsMap().get(from), refs);
        for (String ref : refs) {
            final String to = ref.substring(2);
            if (to.equals(target) || defs.containsFields(to) && reaches(defs, to, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private static void collectRefs(@Nullable Value v, List<String> out) {
        if (v == null) {
            return;
        }
        if (v.hasListValue()) {
            v.getListValue().getValuesList().forEach(item -> collectRefs(item, out));
        } else if (v.hasStructValue()) {
            v.getStructValue().getFieldsMap().forEach((k, child) -> {
                if ("$ref".equals(k) && child.hasStringValue() && child.getStringValue().startsWith("#/")) {
                    out.add(child.getStringValue());
                } else {
                    collectRefs(child, out);
                }
            });
        }
    }

    private NativeSchema() {}
}
