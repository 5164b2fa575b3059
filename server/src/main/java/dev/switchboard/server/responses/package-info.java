/**
 * Stored, chainable responses (OpenAI's Responses API) as a core API over {@code Inference}: a
 * response is a chat completion run through the same routing, with the conversation kept by the
 * gateway ({@code ResponseStore}, scoped by the caller's owner, touched only on the blocking
 * executor), so {@code previous_response_id} works whatever the upstream. Both surfaces call
 * {@link dev.switchboard.server.responses.Responses}.
 */
package dev.switchboard.server.responses;
