package dev.switchboard.server.http;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.transcoder.openai.OpenAiEmbeddingsRequest;
import dev.switchboard.transcoder.openai.OpenAiEmbeddingsResponse;
import dev.switchboard.v1.EmbeddingsResponse;
import dev.switchboard.v1.InferenceGrpc;

/**
 * {@code POST /v1/embeddings}: OpenAI JSON in, {@code CreateEmbeddings} called in process, OpenAI
 * JSON out. The upstream always sends floats; this surface renders base64 when the client asked,
 * so the choice works the same over every upstream.
 */
final class EmbeddingsService implements WholeRequestService {
    private final InferenceGrpc.AsyncService inference;

    EmbeddingsService(InferenceGrpc.AsyncService inference) {
        this.inference = inference;
    }

    @Override
    public HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        return UnaryJsonCall.serve(ctx, req, agg -> dispatch(ctx, agg));
    }

    private HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg) {
        final OpenAiEmbeddingsRequest.Decoded decoded = OpenAiEmbeddingsRequest.decode(agg.content().array());
        return UnaryJsonCall.<EmbeddingsResponse>call(
                ctx, "embeddings", observer -> inference.createEmbeddings(decoded.request(), observer),
                EmbeddingsResponse::getGateway, res -> OpenAiEmbeddingsResponse.encode(res, decoded.base64()));
    }
}
