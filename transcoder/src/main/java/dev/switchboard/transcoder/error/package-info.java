/**
 * The one domain exception and its error table: {@code ErrorKind} decides the gRPC status, the HTTP
 * status and the OpenAI/Anthropic error type of every failure; in-band upstream errors and retry
 * advice are read into it. Depends on nothing else in the transcoder; every package here uses it.
 */
package dev.switchboard.transcoder.error;
