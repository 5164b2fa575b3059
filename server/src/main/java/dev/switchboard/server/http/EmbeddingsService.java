package dev.switchboard.server.http;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.inference.Caller;
import dev.switchboard.server.inference.Inference;
import dev.switchboard.transcoder.openai.OpenAiEmbeddingsRequest;
import dev.switchboard.transcoder.openai.OpenAiEmbeddingsResponse;

/**
 * {@code POST /v1/embeddings}: OpenAI JSON in, the core called, OpenAI
 * JSON out. The upstream always sends floats; this surface renders base64 when the client asked,
 * so the choice works the same over every upstream.
 */
final class EmbeddingsService extends JsonEndpoint {
    private final Inference inference;

    EmbeddingsService(Inference inference) {
        super(ErrorShape.OPENAI);
        this.inference = inference;
    }

    @Override
    HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg, Caller caller) {
        final OpenAiEmbeddingsRequest.Decoded decoded = OpenAiEmbeddingsRequest.decode(agg.content().array());
        return answer(ctx, inference.embeddings(decoded.request(), caller), "embeddings",
                      res -> GatewayHeaders.json(res.getGateway(), OpenAiEmbeddingsResponse.encode(res, decoded.base64())));
    }
}
