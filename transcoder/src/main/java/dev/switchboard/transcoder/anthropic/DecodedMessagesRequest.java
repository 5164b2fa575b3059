package dev.switchboard.transcoder.anthropic;

import dev.switchboard.v1.ChatCompletionRequest;

/** A decoded Messages API request: the canonical request and whether the client asked for a stream. */
public record DecodedMessagesRequest(ChatCompletionRequest request, boolean stream) {}
