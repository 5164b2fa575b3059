/**
 * Google Gemini as an upstream ({@code GeminiFormat}): generateContent and its SSE stream, embeddings,
 * token counting, schema cleaning for older models, minted tool-call ids and thought signatures,
 * with its error bodies and model list. There is no Gemini ingress. Depends on common, format and
 * error only; nothing depends on it but the server's format registry.
 */
package dev.switchboard.transcoder.gemini;
