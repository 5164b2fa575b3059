package dev.switchboard.transcoder.gemini;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonParser;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.json.Json;
import dev.switchboard.transcoder.json.JsonValues;
import dev.switchboard.transcoder.openai.OpenAiErrors;
import dev.switchboard.transcoder.upstream.UpstreamError;

/**
 * Google's error bodies: {@code {"error":{"code":429,"message":…,"status":"RESOURCE_EXHAUSTED",
 * "details":[…]}}}, sometimes wrapped in an array. The status name is the type; the numeric code only
 * repeats the HTTP status, so it is not passed on as a code. A {@code google.rpc.RetryInfo} detail
 * becomes the retry hint.
 */
final class GeminiErrors {
    private static final int MAX_MESSAGE_CHARS = 500;
    private static final String RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo";

    static UpstreamError parse(int status, byte[] body) {
        final Struct error = errorObject(tryParse(body));
        final String message = error == null ? null : text(error, "message");
        if (message == null) {
            // Not Google's shape (a proxy's HTML page, plain text): read it as any upstream error.
            return OpenAiErrors.parseUpstream(status, body);
        }
        return new UpstreamError(Json.abbreviate(message, MAX_MESSAGE_CHARS), text(error, "status"), null,
                                 retryDelay(error));
    }

    /**
     * An error object a stream ended with. UNAVAILABLE (503) means overloaded; everything else is an
     * upstream failure.
     */
    static GatewayException inStream(Value error) {
        final Struct e = errorObject(Value.newBuilder().setStructValue(
                Struct.newBuilder().putFields("error", error)).build());
        final String message = e == null ? null : text(e, "message");
        final String status = e == null ? null : text(e, "status");
        final String code = e == null ? null : text(e, "code");
        final ErrorKind kind = "UNAVAILABLE".equals(status) || "503".equals(code) ? ErrorKind.UPSTREAM_UNAVAILABLE
                                                                                 : ErrorKind.UPSTREAM_ERROR;
        return new GatewayException(kind, null, "upstream error: "
                                    + (message == null ? "unreadable error" : Json.abbreviate(message, MAX_MESSAGE_CHARS))
                                    + (status == null ? "" : " (" + status + ')'), retryDelay(e), null);
    }

    @Nullable
    private static Value tryParse(byte[] body) {
        try (JsonParser p = Json.FACTORY.createParser(body)) {
            return p.nextToken() == null ? null : JsonValues.readValue(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The inner error object of {@code {"error":{…}}} or {@code [{"error":{…}}]}. */
    @Nullable
    private static Struct errorObject(@Nullable Value v) {
        if (v == null) {
            return null;
        }
        if (v.hasListValue()) {
            return v.getListValue().getValuesCount() == 0 ? null : errorObject(v.getListValue().getValues(0));
        }
        final Value error = v.getStructValue().getFieldsOrDefault("error", Value.getDefaultInstance());
        return error.hasStructValue() ? error.getStructValue() : null;
    }

    /** RetryInfo's retryDelay, a protobuf Duration in JSON: {@code "34.4s"}. */
    @Nullable
    private static Duration retryDelay(@Nullable Struct error) {
        if (error == null) {
            return null;
        }
        for (Value detail : error.getFieldsOrDefault("details", Value.getDefaultInstance())
                                 .getListValue().getValuesList()) {
            final Struct d = detail.getStructValue();
            if (!RETRY_INFO.equals(text(d, "@type"))) {
                continue;
            }
            final String delay = text(d, "retryDelay");
            if (delay != null && delay.endsWith("s")) {
                try {
                    final double seconds = Double.parseDouble(delay.substring(0, delay.length() - 1));
                    if (seconds >= 0 && Double.isFinite(seconds)) {
                        return Duration.ofMillis((long) Math.ceil(seconds * 1000));
                    }
                } catch (NumberFormatException ignored) {
                    // an unreadable hint is no hint
                }
            }
        }
        return null;
    }

    /** A non-blank string, or an integral number as text. */
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

    private GeminiErrors() {}
}
