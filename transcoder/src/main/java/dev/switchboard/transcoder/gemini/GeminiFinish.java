package dev.switchboard.transcoder.gemini;

import java.util.Locale;
import javax.annotation.Nullable;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.FinishReason;

/** Gemini's finishReason in OpenAI's terms. */
final class GeminiFinish {

    /**
     * STOP means tool_calls when the candidate called a function; MAX_TOKENS is length; the safety
     * family (SAFETY, BLOCKLIST, PROHIBITED_CONTENT, SPII, IMAGE_SAFETY, RECITATION and their image
     * variants) is content_filter; anything else Gemini may add (OTHER, LANGUAGE…) ends as stop.
     *
     * @throws GatewayException UPSTREAM_ERROR when the model failed to produce a usable function call
     *     (MALFORMED_FUNCTION_CALL and its kin): that is a failed answer, not a filtered one
     */
    static FinishReason map(String reason, boolean calledFunction, @Nullable String message) {
        switch (reason) {
            case "MAX_TOKENS":
                return FinishReason.FINISH_REASON_LENGTH;
            case "SAFETY":
            case "BLOCKLIST":
            case "PROHIBITED_CONTENT":
            case "SPII":
            case "RECITATION":
            case "IMAGE_SAFETY":
            case "IMAGE_PROHIBITED_CONTENT":
            case "IMAGE_RECITATION":
                return FinishReason.FINISH_REASON_CONTENT_FILTER;
            case "MALFORMED_FUNCTION_CALL":
            case "UNEXPECTED_TOOL_CALL":
            case "TOO_MANY_TOOL_CALLS":
                throw new GatewayException(ErrorKind.UPSTREAM_ERROR, reason.toLowerCase(Locale.ROOT),
                                           "upstream error: the model ended with " + reason
                                           + (message == null ? "" : ": " + Json.abbreviate(message, 300)));
            default:
                return calledFunction ? FinishReason.FINISH_REASON_TOOL_CALLS : FinishReason.FINISH_REASON_STOP;
        }
    }

    private GeminiFinish() {}
}
