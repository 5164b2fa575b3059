package dev.switchboard.server.http;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.openai.OpenAiModels;
import dev.switchboard.v1.GetModelRequest;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.ListModelsRequest;
import dev.switchboard.v1.ListModelsResponse;
import dev.switchboard.v1.Model;

/**
 * {@code GET /v1/models} and {@code GET /v1/models/{id}}. Model ids contain a slash
 * ("provider/model"), so the id is the whole rest of the path.
 */
final class ModelsService implements HttpService {
    static final String PREFIX = "/v1/models";

    private final InferenceGrpc.AsyncService inference;

    ModelsService(InferenceGrpc.AsyncService inference) {
        this.inference = inference;
    }

    @Override
    public HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        final String path = ctx.decodedPath();
        if (path.equals(PREFIX) || path.equals(PREFIX + '/')) {
            final UnaryResponseObserver<ListModelsResponse> observer = new UnaryResponseObserver<>();
            inference.listModels(ListModelsRequest.getDefaultInstance(), observer);
            return HttpResponse.of(observer.future().handle((res, cause) -> cause != null
                    ? OpenAiHttpErrors.response(Errors.toGateway(cause))
                    : json(OpenAiModels.encodeList(res.getModelsList()))));
        }
        final String id = path.substring(PREFIX.length() + 1);
        final UnaryResponseObserver<Model> observer = new UnaryResponseObserver<>();
        inference.getModel(GetModelRequest.newBuilder().setId(id).build(), observer);
        return HttpResponse.of(observer.future().handle((res, cause) -> cause != null
                ? OpenAiHttpErrors.response(Errors.toGateway(cause))
                : json(OpenAiModels.encodeModel(res))));
    }

    private static HttpResponse json(byte[] body) {
        return HttpResponse.of(HttpStatus.OK, MediaType.JSON_UTF_8, HttpData.wrap(body));
    }
}
