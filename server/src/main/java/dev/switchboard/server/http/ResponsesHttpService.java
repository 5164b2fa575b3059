package dev.switchboard.server.http;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.server.ServerBuilder;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.inference.Caller;
import dev.switchboard.server.responses.Responses;
import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.responses.DecodedResponseRequest;
import dev.switchboard.transcoder.responses.ResponseObjectEncoder;
import dev.switchboard.transcoder.responses.ResponsesRequestDecoder;
import dev.switchboard.v1.DeleteResponseResponse;
import dev.switchboard.v1.StoredResponse;

/**
 * OpenAI's Responses API over the core's stored responses: {@code POST /v1/responses} (whole or
 * streamed), {@code GET} and {@code DELETE /v1/responses/{id}}. Errors are OpenAI's error JSON.
 */
final class ResponsesHttpService extends JsonEndpoint {
    static final String PATH = "/v1/responses";
    private static final ResponseHeaders JSON_OK = ResponseHeaders.builder(200).contentType(MediaType.JSON_UTF_8).build();

    private final Responses responses;

    private ResponsesHttpService(Responses responses) {
        super(ErrorShape.OPENAI);
        this.responses = responses;
    }

    static void register(ServerBuilder sb, Responses responses) {
        final ResponsesHttpService s = new ResponsesHttpService(responses);
        sb.route().post(PATH).build(s);
        sb.route().methods(HttpMethod.GET).path(PATH + "/{id}").build(s::get);
        sb.route().methods(HttpMethod.DELETE).path(PATH + "/{id}").build(s::delete);
    }

    @Override
    HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg, Caller caller) {
        final DecodedResponseRequest decoded = ResponsesRequestDecoder.decode(agg.content().array());
        if (decoded.stream()) {
            return SseResponse.of(ctx, responses.stream(decoded.request(), caller), new ResponseEvents(),
                                  "response stream");
        }
        return answer(ctx, responses.create(decoded.request(), caller), "response", ResponsesHttpService::json);
    }

    private HttpResponse get(ServiceRequestContext ctx, HttpRequest req) {
        // The same headers as when it was created: the body names the model the client asked for.
        return answer(ctx, responses.get(ctx.pathParam("id"), Caller.of(ctx, null)), "response",
                      ResponsesHttpService::json);
    }

    private HttpResponse delete(ServiceRequestContext ctx, HttpRequest req) {
        return answer(ctx, responses.delete(ctx.pathParam("id"), Caller.of(ctx, null)), "response deletion",
                      (DeleteResponseResponse r) -> HttpResponse.of(JSON_OK, HttpData.wrap(Json.write(g -> {
                          g.writeStartObject();
                          g.writeStringField("id", r.getId());
                          g.writeStringField("object", "response");
                          g.writeBooleanField("deleted", r.getDeleted());
                          g.writeEndObject();
                      }))));
    }

    private static HttpResponse json(StoredResponse r) {
        return GatewayHeaders.json(r.getCompletion().getGateway(), ResponseObjectEncoder.encode(r));
    }
}
