package dev.switchboard.transcoder.format;

import java.util.List;
import java.util.Map;

/**
 * The HTTP request an adapter built for its upstream: a path relative to the provider's base URL
 * (it may carry a query, e.g. Gemini's {@code ?alt=sse}), format headers (never auth: the
 * provider's client adds that), the body, and the request parameters the format could not carry.
 */
public record EncodedRequest(String path, Map<String, String> headers, byte[] body, List<String> droppedParams) {
    public EncodedRequest {
        headers = Map.copyOf(headers);
        droppedParams = List.copyOf(droppedParams);
    }
}
