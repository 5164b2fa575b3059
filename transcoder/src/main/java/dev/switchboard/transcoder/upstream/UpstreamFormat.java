package dev.switchboard.transcoder.upstream;

import java.util.List;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;

/**
 * One upstream wire format (OpenAI chat, Anthropic messages, Gemini, OpenAI Responses): pure
 * translation between the canonical messages and that format's HTTP exchange. Network I/O,
 * timeouts and retries live in the server's one caller, never here.
 */
public interface UpstreamFormat {
    /**
     * The request for a chat completion, addressed to {@code model} (the upstream's own name).
     *
     * @throws GatewayException INVALID_REQUEST when the request cannot be expressed at all
     */
    EncodedRequest encodeChat(ChatCompletionRequest request, String model, boolean stream);

    /**
     * A whole (non-streamed) answer.
     *
     * @throws GatewayException UPSTREAM_ERROR for a body that cannot be understood
     */
    ChatCompletionResponse decodeChat(byte[] body);

    /** A decoder for one streamed answer to a request for {@code model}. */
    StreamDecoder newStreamDecoder(String model);

    /** The upstream's error body, read leniently; {@code body} may be empty or not JSON. */
    UpstreamError parseError(int status, byte[] body);

    /** The path that lists models, relative to the base URL. */
    String modelsPath();

    /** The upstream's model list. */
    List<UpstreamModel> decodeModels(byte[] body);
}
