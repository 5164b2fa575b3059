/**
 * The seam between a wire format and the server's upstream caller: {@code UpstreamFormat} (what a
 * format adapter implements, pure translation without I/O), {@code StreamDecoder}, the encoded
 * request, the upstream's error and model, and the rules every adapter shares (dropped parameters,
 * reasoning tokens, the token estimate). Depends on common and error; the formats implement it.
 */
package dev.switchboard.transcoder.format;
