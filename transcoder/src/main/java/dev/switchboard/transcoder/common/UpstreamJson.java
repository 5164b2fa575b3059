package dev.switchboard.transcoder.common;

import java.io.IOException;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * Lenient typed reads of upstream JSON. Upstreams disagree on details (a number sent as a string, a
 * field left null), so a value of an unexpected type is skipped and reads as absent; only JSON that
 * cannot be parsed at all fails, as an upstream error.
 */
public final class UpstreamJson {

    public static <T> T parse(byte[] json, Json.Reader<T> body) {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            return read(p, body);
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    public static <T> T parse(String json, Json.Reader<T> body) {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            return read(p, body);
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    private static <T> T read(JsonParser p, Json.Reader<T> body) throws IOException {
        if (p.nextToken() == null) {
            throw new GatewayException(ErrorKind.UPSTREAM_ERROR, "upstream returned malformed JSON: empty body");
        }
        return body.read(p);
    }

    private static GatewayException malformed(IOException e) {
        final String detail = e instanceof JsonProcessingException ? Json.describe((JsonProcessingException) e)
                                                                  : e.getClass().getSimpleName();
        return new GatewayException(ErrorKind.UPSTREAM_ERROR, null,
                                    "upstream returned malformed JSON: " + detail, null, e);
    }

    /** A string; a number or boolean reads as its text; null, objects and arrays as null. */
    @Nullable
    public static String string(JsonParser p) throws IOException {
        final JsonToken t = p.currentToken();
        if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    /** As {@link #string}, with "" for absent: proto3 strings have no null. */
    public static String stringOrEmpty(JsonParser p) throws IOException {
        final String s = string(p);
        return s == null ? "" : s;
    }

    /** A number (a numeric string counts); anything else reads as {@code dflt}. */
    public static long longValue(JsonParser p, long dflt) throws IOException {
        final JsonToken t = p.currentToken();
        if (t.isNumeric()) {
            return p.getValueAsLong(dflt);
        }
        if (t == JsonToken.VALUE_STRING) {
            return p.getValueAsLong(dflt);
        }
        p.skipChildren();
        return dflt;
    }

    /** As {@link #longValue}, clamped to the int range. */
    public static int intValue(JsonParser p, int dflt) throws IOException {
        final long v = longValue(p, dflt);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** True when the parser is on an object; otherwise skips the value. */
    public static boolean isObject(JsonParser p) throws IOException {
        if (p.hasToken(JsonToken.START_OBJECT)) {
            return true;
        }
        p.skipChildren();
        return false;
    }

    /** True when the parser is on an array; otherwise skips the value. */
    public static boolean isArray(JsonParser p) throws IOException {
        if (p.hasToken(JsonToken.START_ARRAY)) {
            return true;
        }
        p.skipChildren();
        return false;
    }

    private UpstreamJson() {}
}
