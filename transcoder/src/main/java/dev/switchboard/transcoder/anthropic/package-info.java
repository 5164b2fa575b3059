/**
 * Anthropic Messages in both directions: as the client ingress ({@code Messages*}: request decoder,
 * message and event-stream encoders) and as an upstream ({@code AnthropicFormat}: request encoder,
 * response and stream decoders, token counting, structured output), with its error bodies and model
 * list. Depends on common, format and error only; openai reads its redacted-thinking tag.
 */
package dev.switchboard.transcoder.anthropic;
