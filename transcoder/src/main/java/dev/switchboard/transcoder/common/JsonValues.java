package dev.switchboard.transcoder.common;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

/**
 * Converts between JSON tokens and google.protobuf Struct/Value, for the opaque subtrees the
 * canonical types carry (JSON Schemas, unknown fields, logprobs) without building Jackson trees.
 */
public final class JsonValues {
    /** Largest magnitude below which every integral double is exactly a long. */
    private static final double MAX_EXACT_INTEGER = 9_007_199_254_740_992.0; // 2^53

    private static final Value NULL = Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();

    /** Reads the value at the current token; afterwards the parser is on the value's last token. */
    public static Value readValue(JsonParser p) throws IOException {
        final JsonToken t = p.currentToken();
        if (t == null) {
            throw new IllegalStateException("no current token");
        }
        switch (t) {
            case START_OBJECT:
                return Value.newBuilder().setStructValue(readStruct(p)).build();
            case START_ARRAY:
                return Value.newBuilder().setListValue(readList(p)).build();
            case VALUE_STRING:
                return Value.newBuilder().setStringValue(p.getText()).build();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return Value.newBuilder().setNumberValue(p.getDoubleValue()).build();
            case VALUE_TRUE:
                return Value.newBuilder().setBoolValue(true).build();
            case VALUE_FALSE:
                return Value.newBuilder().setBoolValue(false).build();
            case VALUE_NULL:
                return NULL;
            default:
                // Embedded objects and field names cannot start a value in text JSON.
                throw new IllegalStateException("not at a value: " + t);
        }
    }

    /** Reads the object at the current token, which must be START_OBJECT. */
    public static Struct readStruct(JsonParser p) throws IOException {
        if (!p.hasToken(JsonToken.START_OBJECT)) {
            throw new IllegalStateException("not at an object: " + p.currentToken());
        }
        final Struct.Builder b = Struct.newBuilder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String name = p.currentName();
            p.nextToken();
            b.putFields(name, readValue(p));
        }
        return b.build();
    }

    private static ListValue readList(JsonParser p) throws IOException {
        final ListValue.Builder b = ListValue.newBuilder();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addValues(readValue(p));
        }
        return b.build();
    }

    public static void writeValue(JsonGenerator g, Value v) throws IOException {
        switch (v.getKindCase()) {
            case STRUCT_VALUE:
                writeStruct(g, v.getStructValue());
                break;
            case LIST_VALUE:
                g.writeStartArray();
                for (Value e : v.getListValue().getValuesList()) {
                    writeValue(g, e);
                }
                g.writeEndArray();
                break;
            case STRING_VALUE:
                g.writeString(v.getStringValue());
                break;
            case NUMBER_VALUE:
                writeNumber(g, v.getNumberValue());
                break;
            case BOOL_VALUE:
                g.writeBoolean(v.getBoolValue());
                break;
            case NULL_VALUE:
            case KIND_NOT_SET:
            default:
                g.writeNull();
                break;
        }
    }

    public static void writeStruct(JsonGenerator g, Struct s) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Value> e : s.getFieldsMap().entrySet()) {
            g.writeFieldName(e.getKey());
            writeValue(g, e.getValue());
        }
        g.writeEndObject();
    }

    /**
     * Writes the fields of {@code s} into the object being written, skipping names in {@code skip}:
     * unmodelled fields go back verbatim, but never twice and never over a field we wrote ourselves.
     */
    public static void writeFields(JsonGenerator g, Struct s, Set<String> skip) throws IOException {
        if (isEmpty(s)) {
            return;
        }
        for (Map.Entry<String, Value> e : s.getFieldsMap().entrySet()) {
            if (!skip.contains(e.getKey())) {
                g.writeFieldName(e.getKey());
                writeValue(g, e.getValue());
            }
        }
    }

    /**
     * Whether {@code s} has no fields. An unset Struct is the default instance, and asking it for
     * its map (or the map's size) makes protobuf allocate an empty map field each time: this runs
     * for every message of every request.
     */
    public static boolean isEmpty(Struct s) {
        return s == Struct.getDefaultInstance() || s.getFieldsCount() == 0;
    }

    /**
     * Writes integral doubles as JSON integers: Struct keeps every number as a double, and schemas
     * ({@code "maxLength": 3}) and integer-typed fields must not come back as {@code 3.0}. JSON has
     * no NaN or infinity, so those become null.
     */
    public static void writeNumber(JsonGenerator g, double d) throws IOException {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            g.writeNull();
        } else if (d == Math.rint(d) && Math.abs(d) <= MAX_EXACT_INTEGER) {
            g.writeNumber((long) d);
        } else {
            g.writeNumber(d);
        }
    }

    /** A Value holding a string. */
    public static Value of(String s) {
        return Value.newBuilder().setStringValue(s).build();
    }

    private JsonValues() {}
}
