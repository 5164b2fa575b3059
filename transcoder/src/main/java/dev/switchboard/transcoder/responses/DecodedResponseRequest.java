package dev.switchboard.transcoder.responses;

import dev.switchboard.v1.CreateResponseRequest;

/** A client's Responses request: the canonical request, and whether it asked for a stream. */
public record DecodedResponseRequest(CreateResponseRequest request, boolean stream) {}
