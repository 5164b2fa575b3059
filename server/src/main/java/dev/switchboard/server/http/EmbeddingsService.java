package dev.switchboard.server.http;

import com.linecorp.armeria.common.HttpResponse;

import dev.switchboard.server.inference.Inference;
import dev.switchboard.transcoder.openai.OpenAiEmbeddingsRequest;
import dev.switchboard.transcoder.openai.OpenAiEmbeddingsResponse;

/**
 * {@code POST /v1/embeddings}: OpenAI JSON in, the core called, OpenAI JSON out. The upstream
 * always sends floats; this surface renders base64 when the client asked, so the choice works the
 * same over every upstream.
 */
record EmbeddingsService(Inference inference) implements JsonEndpoint.Handler {
    @Override
    public HttpResponse handle(Exchange x) {
        final OpenAiEmbeddingsRequest.Decoded decoded = OpenAiEmbeddingsRequest.decode(x.body());
        return x.answer(inference.embeddings(decoded.request(), x.caller()), "embeddings",
                        res -> GatewayHeaders.json(x.ctx(), res.getGateway(),
                                                   OpenAiEmbeddingsResponse.encode(res, decoded.base64())));
    }
}
