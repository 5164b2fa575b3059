package dev.switchboard.transcoder.format;

import java.util.List;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsResponse;

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

    /**
     * The upstream's error body, read leniently; {@code body} may be empty or not JSON. The shared
     * reader knows the common shapes (OpenAI's and Anthropic's {@code error} object, FastAPI's
     * {@code detail}, plain text); a format whose bodies say more overrides it.
     */
    default UpstreamError parseError(int status, byte[] body) {
        return UpstreamError.parse(status, body);
    }

    /** The path that lists models, relative to the base URL. */
    String modelsPath();

    /** The upstream's model list. */
    List<UpstreamModel> decodeModels(byte[] body);

    /** The format's name in messages, as the admin API spells it ("anthropic", "gemini"...). */
    String formatName();

    /**
     * The request that embeds {@code request}'s inputs with {@code model}. Vectors are asked for as
     * floats: every embedding upstream can send those, and the REST surface renders base64 itself.
     *
     * @throws GatewayException UNSUPPORTED_BY_FORMAT for a format without embeddings
     */
    default EncodedRequest encodeEmbeddings(EmbeddingsRequest request, String model) {
        throw unsupported("embeddings");
    }

    /** The embeddings answer; {@code model} names it when the upstream does not. */
    default EmbeddingsResponse decodeEmbeddings(byte[] body, String model) {
        throw unsupported("embeddings");
    }

    /** Whether the upstream counts a chat request's input tokens itself; otherwise the gateway estimates. */
    default boolean countsTokens() {
        return false;
    }

    /** The request that counts the input tokens of {@code request} for {@code model}. */
    default EncodedRequest encodeCountTokens(ChatCompletionRequest request, String model) {
        throw unsupported("token counting");
    }

    /** The upstream's count, with {@code exact} and {@code method} set. */
    default CountTokensResponse decodeCountTokens(byte[] body) {
        throw unsupported("token counting");
    }

    private GatewayException unsupported(String what) {
        return new GatewayException(ErrorKind.UNSUPPORTED_BY_FORMAT, "unsupported_by_provider",
                                    "provider format '" + formatName() + "' has no " + what);
    }
}
