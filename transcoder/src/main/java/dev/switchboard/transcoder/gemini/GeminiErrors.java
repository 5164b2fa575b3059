package dev.switchboard.transcoder.gemini;

import java.time.Duration;
import javax.annotation.Nullable;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.error.InBandErrors;
import dev.switchboard.transcoder.format.UpstreamError;

/**
 * Google's error bodies: {@code {"error":{"code":429,"message":…,"status":"RESOURCE_EXHAUSTED",
 * "details":[…]}}}, sometimes wrapped in an array. The shared upstream reader takes the message and
 * the status name (as the type); the numeric code only repeats the HTTP status, so it is not passed
 * on as a code. A {@code google.rpc.RetryInfo} detail becomes the retry hint.
 */
final class GeminiErrors {
    private static final String RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo";

    static UpstreamError parse(int status, byte[] body) {
        final UpstreamError base = UpstreamError.parse(status, body);
        final Struct error = errorObject(tree(body));
        if (error == null) {
            // Not Google's shape (a proxy's HTML page, plain text): keep what the shared reader found.
            return base;
        }
        return new UpstreamError(base.message(), base.type(), null, retryDelay(error));
    }

    /**
     * The error object a stream ended with. UNAVAILABLE means overloaded; everything else is an
     * upstream failure.
     */
    static GatewayException inStream(Value error) {
        final UpstreamError e = parse(0, Json.write(g -> {
            g.writeStartObject();
            g.writeFieldName("error");
            JsonValues.writeValue(g, error);
            g.writeEndObject();
        }));
        final GatewayException classified = InBandErrors.of(e.code(), e.type(), "upstream error: " + e.message()
                                                            + (e.type() == null ? "" : " (" + e.type() + ')'),
                                                            e.retryAfter());
        // Google's status names are not OpenAI codes: the error body keeps no code, as before.
        return new GatewayException(classified.kind(), null, classified.getMessage(), classified.retryAfter(),
                                    classified.retryAdvice(), null);
    }

    @Nullable
    private static Value tree(byte[] body) {
        try {
            return UpstreamJson.parse(body, JsonValues::readValue);
        } catch (GatewayException notJson) {
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
    private static Duration retryDelay(Struct error) {
        for (Value detail : error.getFieldsOrDefault("details", Value.getDefaultInstance())
                                 .getListValue().getValuesList()) {
            final Struct d = detail.getStructValue();
            if (!RETRY_INFO.equals(d.getFieldsOrDefault("@type", Value.getDefaultInstance()).getStringValue())) {
                continue;
            }
            final String delay = d.getFieldsOrDefault("retryDelay", Value.getDefaultInstance()).getStringValue();
            if (delay.endsWith("s")) {
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

    private GeminiErrors() {}
}
