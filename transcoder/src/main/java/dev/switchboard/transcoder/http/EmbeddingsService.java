package dev.switchboard.transcoder.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.util.SafeCloseable;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.openai.OpenAiEmbeddingsRequest;
import dev.switchboard.transcoder.openai.OpenAiEmbeddingsResponse;
import dev.switchboard.v1.EmbeddingsResponse;
import dev.switchboard.v1.InferenceGrpc;

/**
 * {@code POST /v1/embeddings}: OpenAI JSON in, {@code CreateEmbeddings} called in process, OpenAI
 * JSON out. The upstream always sends floats; this surface renders base64 when the client asked,
 * so the choice works the same over every upstream.
 */
final class EmbeddingsService implements HttpService {
    private static final Logger logger = LoggerFactory.getLogger(EmbeddingsService.class);

    private final InferenceGrpc.AsyncService inference;

    EmbeddingsService(InferenceGrpc.AsyncService inference) {
        this.inference = inference;
    }

    @Override
    public HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        return HttpResponse.of(req.aggregate().handle((agg, cause) -> {
            if (cause != null) {
                return OpenAiHttpErrors.response(RequestFailures.toGateway(cause));
            }
            // The service reads its request context (event loop, deadline): push it for the call.
            try (SafeCloseable ignored = ctx.push()) {
                return dispatch(ctx, agg);
            } catch (GatewayException e) {
                return OpenAiHttpErrors.response(e);
            }
        }));
    }

    private HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg) {
        final OpenAiEmbeddingsRequest.Decoded decoded = OpenAiEmbeddingsRequest.decode(agg.content().array());
        final UnaryResponseObserver<EmbeddingsResponse> observer = new UnaryResponseObserver<>();
        ctx.whenRequestCancelled().thenRun(observer::cancel);
        inference.createEmbeddings(decoded.request(), observer);
        return HttpResponse.of(observer.future().handle((res, cause) -> {
            if (cause != null) {
                final GatewayException e = Errors.toGateway(cause);
                if (e.kind() == ErrorKind.INTERNAL) {
                    logger.warn("embeddings failed", e.getCause() != null ? e.getCause() : e);
                }
                return OpenAiHttpErrors.response(e);
            }
            final ResponseHeaders headers = GatewayHeaders.add(
                    ResponseHeaders.builder(200).contentType(MediaType.JSON_UTF_8), res.getGateway()).build();
            return HttpResponse.of(headers, HttpData.wrap(OpenAiEmbeddingsResponse.encode(res, decoded.base64())));
        }));
    }
}
