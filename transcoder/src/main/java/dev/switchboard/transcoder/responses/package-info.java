/**
 * OpenAI Responses in both directions: as the client ingress (request decoder, the response object
 * and its event stream) and as an upstream ({@code ResponsesFormat}: request encoder, response and
 * stream decoders), with its in-band errors and the reasoning state it carries. Builds on openai
 * (function tools read as chat reads them, the OpenAI model-list reader) besides common, format
 * and error; no other format depends on it.
 */
package dev.switchboard.transcoder.responses;
