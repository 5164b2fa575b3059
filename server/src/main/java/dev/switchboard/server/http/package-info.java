/**
 * The HTTP surface above the core: one Armeria service per endpoint, each decoding its client format
 * with the transcoder and calling the core {@code Inference} API; one {@code SseResponse} writing a
 * chunk stream through the format's {@code SseEvents} converter (one write per loop turn, headers and
 * first event together); {@code ErrorShape}, the one place a route's error JSON is chosen. Depends on
 * the core (inference, responses), auth and the transcoder; nothing below it depends on it.
 */
package dev.switchboard.server.http;
