package dev.switchboard.transcoder.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.linecorp.armeria.common.annotation.Nullable;

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

    @Nullable
    public static Double optDouble(JsonParser p, String path) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return null;
        }
        if (!p.currentToken().isNumeric()) {
            throw wrongType(p, path, "a number");
        }
        return p.getDoubleValue();
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

    public static GatewayException wrongType(JsonParser p, String path, String expected) {
        return GatewayException.invalid(path + ": expected " + expected + ", got " + describe(p.currentToken()));
    }

    public static GatewayException required(String path) {
        return GatewayException.invalid(path + ": required");
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
