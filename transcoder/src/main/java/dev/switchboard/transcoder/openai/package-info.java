/**
 * OpenAI chat completions in both directions: as the client ingress (request decoder, response and
 * chunk encoders) and as the upstream of every OpenAI-compatible server ({@code OpenAiFormat}:
 * request encoder, lenient response and chunk decoders), with its error bodies, embeddings and
 * model lists (read from upstreams, written for clients). Depends on common, format and error, plus
 * anthropic's redacted-thinking tag for {@code thinking_blocks}; of the formats only responses builds on it.
 */
package dev.switchboard.transcoder.openai;
