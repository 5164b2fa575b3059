package dev.switchboard.transcoder.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonParser;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;

/**
 * What an upstream said went wrong, read leniently from its error body: the message (never
 * redacted here), its own type and code, and a retry hint when the body carries one (Gemini's
 * RetryInfo) rather than a header.
 */
public record UpstreamError(String message, @Nullable String type, @Nullable String code,
                            @Nullable Duration retryAfter) {
    /** Longest upstream text kept as a message: enough to diagnose, never a whole HTML page. */
    private static final int MAX_MESSAGE_CHARS = 500;

    public UpstreamError(String message, @Nullable String type, @Nullable String code) {
        this(message, type, code, null);
    }

    /**
     * Reads an upstream error body of any common shape: OpenAI's {@code {"error":{...}}},
     * {@code {"error":"text"}}, a bare {@code {"message":...}}, FastAPI's {@code {"detail":...}},
     * Gemini's {@code [{"error":{...}}]}; anything else (HTML, plain text) becomes a trimmed prefix of
     * the text, or {@code "HTTP <status>"} when the body is empty.
     */
    public static UpstreamError parse(int status, byte[] body) {
        final Value v = tryParse(body);
        final UpstreamError parsed = v == null ? null : fromValue(v);
        if (parsed != null) {
            return parsed;
        }
        final String text = new String(body, StandardCharsets.UTF_8).strip();
        return new UpstreamError(text.isEmpty() ? "HTTP " + status : truncate(text), null, null);
    }

    @Nullable
    private static Value tryParse(byte[] body) {
        try (JsonParser p = Json.FACTORY.createParser(body)) {
            return p.nextToken() == null ? null : JsonValues.readValue(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The error in a parsed body, or null when it holds none. */
    @Nullable
    public static UpstreamError fromValue(Value v) {
        if (v.hasListValue()) {
            return v.getListValue().getValuesCount() == 0 ? null : fromValue(v.getListValue().getValues(0));
        }
        if (!v.hasStructValue()) {
            return null;
        }
        final Struct s = v.getStructValue();
        final Value error = s.getFieldsOrDefault("error", Value.getDefaultInstance());
        if (error.hasStructValue()) {
            return fromObject(error.getStructValue());
        }
        if (error.hasStringValue() && !error.getStringValue().isBlank()) {
            return new UpstreamError(truncate(error.getStringValue()), text(s, "type"), text(s, "code"));
        }
        final String detail = text(s, "detail");
        if (detail != null) {
            return new UpstreamError(truncate(detail), null, null);
        }
        return fromObject(s);
    }

    /** An object with message/type/code; Gemini puts its status name where OpenAI puts the type. */
    @Nullable
    private static UpstreamError fromObject(Struct s) {
        final String message = text(s, "message");
        if (message == null) {
            return null;
        }
        final String type = text(s, "type");
        return new UpstreamError(truncate(message), type != null ? type : text(s, "status"), text(s, "code"));
    }

    /** A non-blank string, or an integral number as text (Gemini's code is 429, OpenAI's a string). */
    @Nullable
    private static String text(Struct s, String key) {
        final Value v = s.getFieldsOrDefault(key, Value.getDefaultInstance());
        if (v.hasStringValue() && !v.getStringValue().isBlank()) {
            return v.getStringValue();
        }
        if (v.hasNumberValue() && v.getNumberValue() == Math.rint(v.getNumberValue())) {
            return Long.toString((long) v.getNumberValue());
        }
        return null;
    }

    private static String truncate(String s) {
        return s.length() <= MAX_MESSAGE_CHARS ? s : s.substring(0, MAX_MESSAGE_CHARS);
    }
}
