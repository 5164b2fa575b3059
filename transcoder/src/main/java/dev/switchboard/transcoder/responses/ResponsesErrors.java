package dev.switchboard.transcoder.responses;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * Errors the Responses API reports inside a 200 answer: the {@code error} of a failed response,
 * and the {@code error} stream event. Error bodies of non-2xx answers have OpenAI's usual shape.
 */
final class ResponsesErrors {
    private ResponsesErrors() {}

    /** Reads {@code {"code","message","type"}} at the current token. */
    static GatewayException read(JsonParser p) throws IOException {
        String code = "";
        String type = "";
        String message = "";
        if (UpstreamJson.isObject(p)) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                final String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "code": code = UpstreamJson.stringOrEmpty(p); break;
                    case "type": type = UpstreamJson.stringOrEmpty(p); break;
                    case "message": message = UpstreamJson.stringOrEmpty(p); break;
                    default: p.skipChildren(); break;
                }
            }
        }
        final String reason = code.isEmpty() ? type : code;
        return new GatewayException(kindOf(reason), reason.isEmpty() ? null : reason,
                                    "upstream error: " + (message.isEmpty() ? reason : Json.abbreviate(message, 500)));
    }

    private static ErrorKind kindOf(String code) {
        switch (code) {
            case "rate_limit_exceeded":
            case "insufficient_quota":
                return ErrorKind.RATE_LIMITED;
            case "server_is_overloaded":
            case "slow_down":
                return ErrorKind.UPSTREAM_UNAVAILABLE;
            case "context_length_exceeded":
                return ErrorKind.CONTEXT_TOO_LONG;
            default:
                return ErrorKind.UPSTREAM_ERROR;
        }
    }
}
