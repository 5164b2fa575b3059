package dev.switchboard.transcoder.common;

import java.io.IOException;
import java.util.Map;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.error.GatewayException;

/**
 * Strict typed reads of client JSON. Every failure is an invalid-request error naming the field by
 * its path (for example {@code messages[2].content[0].text}) and never quoting the client's content.
 */
public final class ClientJson {

    /**
     * Parses a whole client document with {@code body}; malformed JSON and trailing content become
     * invalid-request errors.
     */
    public static <T> T parse(byte[] json, Json.Reader<T> body) {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            if (p.nextToken() == null) {
                throw GatewayException.invalid("malformed JSON: empty body");
            }
            final T result = body.read(p);
            if (p.nextToken() != null) {
                throw GatewayException.invalid("malformed JSON: unexpected content after the top-level value");
            }
            return result;
        } catch (JsonProcessingException e) {
            throw GatewayException.invalid("malformed JSON: " + Json.describe(e));
        } catch (IOException e) {
            // A byte array cannot fail to read; keep the error a client error all the same.
            throw GatewayException.invalid("malformed JSON");
        }
    }

    public static void expectObject(JsonParser p, String path) {
        if (!p.hasToken(JsonToken.START_OBJECT)) {
            throw wrongType(p, path, "an object");
        }
    }

    public static void expectArray(JsonParser p, String path) {
        if (!p.hasToken(JsonToken.START_ARRAY)) {
            throw wrongType(p, path, "an array");
        }
    }

    /** A required string: null is an error too. */
    public static String string(JsonParser p, String path) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw p.hasToken(JsonToken.VALUE_NULL) ? required(path) : wrongType(p, path, "a string");
        }
        return p.getText();
    }

    /** A string, or null for JSON null. */
    @Nullable
    public static String optString(JsonParser p, String path) throws IOException {
        return p.hasToken(JsonToken.VALUE_NULL) ? null : string(p, path);
    }

    /** A string, or "" for JSON null: proto3 strings have no null. */
    public static String optStringOrEmpty(JsonParser p, String path) throws IOException {
        final String s = optString(p, path);
        return s == null ? "" : s;
    }

    @Nullable
    public static Double optDouble(JsonParser p, String path) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return null;
        }
        if (!p.currentToken().isNumeric()) {
            throw wrongType(p, path, "a number");
        }
        final double d = p.getDoubleValue();
        if (!Double.isFinite(d)) {
            // 1e999 parses as infinity, which no upstream accepts and JSON cannot carry on.
            throw GatewayException.invalid(path + ": out of range");
        }
        return d;
    }

    @Nullable
    public static Boolean optBool(JsonParser p, String path) {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return null;
        }
        if (!p.currentToken().isBoolean()) {
            throw wrongType(p, path, "a boolean");
        }
        return p.hasToken(JsonToken.VALUE_TRUE);
    }

    @Nullable
    public static Integer optInt(JsonParser p, String path) throws IOException {
        final Long v = optLong(p, path);
        if (v == null) {
            return null;
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw GatewayException.invalid(path + ": " + v + " is out of range");
        }
        return v.intValue();
    }

    /** An integer; an integral float such as {@code 50.0} is accepted as clients in typeless languages send them. */
    @Nullable
    public static Long optLong(JsonParser p, String path) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return null;
        }
        if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw GatewayException.invalid(path + ": out of range");
            }
            return p.getLongValue();
        }
        if (p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            final double d = p.getDoubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 9.0e15) {
                return (long) d;
            }
        }
        throw wrongType(p, path, "an integer");
    }

    /** An object whose other fields mean what its {@code type} says; the type may come last. */
    public record Typed(String type, Struct.Builder fields) {}

    /**
     * Reads the object at the current token as a {@code type} plus its other fields, kept as values
     * until the caller knows the type and can interpret them.
     */
    public static Typed readTyped(JsonParser p, String path) throws IOException {
        expectObject(p, path);
        String type = null;
        final Struct.Builder fields = Struct.newBuilder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("type".equals(field)) {
                type = string(p, path + ".type");
            } else {
                fields.putFields(field, JsonValues.readValue(p));
            }
        }
        if (type == null) {
            throw required(path + ".type");
        }
        return new Typed(type, fields);
    }

    /** A required string field of an object already read into values. */
    public static String string(Map<String, Value> fields, String key, String path) {
        final String s = optString(fields, key, path);
        if (s == null) {
            throw required(path + '.' + key);
        }
        return s;
    }

    @Nullable
    public static String optString(Map<String, Value> fields, String key, String path) {
        final Value v = present(fields, key);
        if (v != null && !v.hasStringValue()) {
            throw wrongType(v, path + '.' + key, "a string");
        }
        return v == null ? null : v.getStringValue();
    }

    @Nullable
    public static Boolean optBool(Map<String, Value> fields, String key, String path) {
        final Value v = present(fields, key);
        if (v != null && !v.hasBoolValue()) {
            throw wrongType(v, path + '.' + key, "a boolean");
        }
        return v == null ? null : v.getBoolValue();
    }

    @Nullable
    public static Struct optObject(Map<String, Value> fields, String key, String path) {
        final Value v = present(fields, key);
        if (v != null && !v.hasStructValue()) {
            throw wrongType(v, path + '.' + key, "an object");
        }
        return v == null ? null : v.getStructValue();
    }

    public static Struct object(Map<String, Value> fields, String key, String path) {
        final Struct s = optObject(fields, key, path);
        if (s == null) {
            throw required(path + '.' + key);
        }
        return s;
    }

    /** The field's value, or null when it is missing or JSON null. */
    @Nullable
    private static Value present(Map<String, Value> fields, String key) {
        final Value v = fields.get(key);
        return v == null || v.hasNullValue() ? null : v;
    }

    public static GatewayException wrongType(Value v, String path, String expected) {
        return GatewayException.invalid(path + ": expected " + expected + ", got " + describe(v));
    }

    public static GatewayException wrongType(JsonParser p, String path, String expected) {
        return GatewayException.invalid(path + ": expected " + expected + ", got " + describe(p.currentToken()));
    }

    public static GatewayException required(String path) {
        return GatewayException.invalid(path + ": required");
    }

    private static String describe(Value v) {
        switch (v.getKindCase()) {
            case STRUCT_VALUE:
                return "an object";
            case LIST_VALUE:
                return "an array";
            case STRING_VALUE:
                return "a string";
            case NUMBER_VALUE:
                return "a number";
            case BOOL_VALUE:
                return "a boolean";
            default:
                return "null";
        }
    }

    private static String describe(@Nullable JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return t.asString() == null ? t.name() : t.asString();
        }
    }

    private ClientJson() {}
}
