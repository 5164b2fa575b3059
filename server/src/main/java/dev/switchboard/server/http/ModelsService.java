package dev.switchboard.server.http;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.inference.Caller;
import dev.switchboard.server.inference.Inference;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.openai.OpenAiModels;

/**
 * {@code GET /v1/models} and {@code GET /v1/models/{id}}. Model ids contain a slash
 * ("provider/model"), so the id is the whole rest of the path.
 */
final class ModelsService implements HttpService {
    static final String PREFIX = "/v1/models";

    private final Inference inference;

    ModelsService(Inference inference) {
        this.inference = inference;
    }

    @Override
    public HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        final String path = ctx.decodedPath();
        final Caller caller = Caller.of(ctx, null);
        if (path.equals(PREFIX) || path.equals(PREFIX + '/')) {
            return HttpResponse.of(inference.listModels(caller).handle((res, cause) -> cause != null
                    ? ErrorShape.OPENAI.response(ctx, Errors.toGateway(cause))
                    : json(OpenAiModels.encodeList(res.getModelsList()))));
        }
        final String id = path.substring(PREFIX.length() + 1);
        return HttpResponse.of(inference.getModel(id, caller).handle((res, cause) -> cause != null
                ? ErrorShape.OPENAI.response(ctx, Errors.toGateway(cause))
                : json(OpenAiModels.encodeModel(res))));
    }

    private static HttpResponse json(byte[] body) {
        return HttpResponse.of(HttpStatus.OK, MediaType.JSON_UTF_8, HttpData.wrap(body));
    }
}
