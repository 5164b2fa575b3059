package dev.switchboard.transcoder.anthropic;

import javax.annotation.Nullable;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.error.InBandErrors;

/** Anthropic's errors: {@code {"type":"error","error":{"type":…,"message":…},"request_id":…}}. */
final class AnthropicErrors {
    /** Enough to diagnose; an upstream message is never allowed to grow without bound. */
    private static final int MAX_MESSAGE_CHARS = 500;

    /**
     * An error reported inside a stream or a 200 body, classified by its type as the HTTP status it
     * stands for ({@link InBandErrors}: overloaded as 529, a client error final).
     */
    static GatewayException inBody(@Nullable AnthropicWire.ErrorObject error) {
        final String type = error == null || error.type().isEmpty() ? null : error.type();
        final String message = error == null || error.message().isEmpty() ? "unreadable error" : error.message();
        return InBandErrors.of(null, type, "upstream error: " + Json.abbreviate(message, MAX_MESSAGE_CHARS), null);
    }

    private AnthropicErrors() {}
}
