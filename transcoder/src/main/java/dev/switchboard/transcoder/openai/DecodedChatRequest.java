package dev.switchboard.transcoder.openai;

import dev.switchboard.v1.ChatCompletionRequest;

/**
 * A client's OpenAI chat request: the canonical request, and whether the client asked for a stream
 * (which the canonical request does not carry, since gRPC has a separate streaming method).
 */
public record DecodedChatRequest(ChatCompletionRequest request, boolean stream) {}
