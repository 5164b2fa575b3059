/**
 * What every format shares: the one Jackson factory with strict (client) and lenient (upstream)
 * readers, protobuf Struct conversion, the SSE parser, the text-event shortcut of the stream
 * decoders, data URLs, base64 embedding vectors and the tool-call id convention for provider state.
 * Depends on error only; no format package is imported here.
 */
package dev.switchboard.transcoder.common;
