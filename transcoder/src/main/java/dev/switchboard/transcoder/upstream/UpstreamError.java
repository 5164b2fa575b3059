package dev.switchboard.transcoder.upstream;

import java.time.Duration;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * What an upstream said went wrong, read leniently from its error body: the message (never
 * redacted here), its own type and code, and a retry hint when the body carries one (Gemini's
 * RetryInfo) rather than a header.
 */
public record UpstreamError(String message, @Nullable String type, @Nullable String code,
                            @Nullable Duration retryAfter) {
    public UpstreamError(String message, @Nullable String type, @Nullable String code) {
        this(message, type, code, null);
    }
}
