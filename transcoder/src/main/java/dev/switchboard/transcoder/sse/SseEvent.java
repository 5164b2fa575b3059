package dev.switchboard.transcoder.sse;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * One server-sent event: its {@code event:} type (null when the event had none) and its
 * {@code data:} lines joined by {@code \n}.
 */
public record SseEvent(@Nullable String event, String data) {}
