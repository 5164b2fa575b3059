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
final class ResponsesHttpService implements JsonEndpoint.Handler {
    static final String PATH = "/v1/responses";
    private static final ResponseHeaders JSON_OK = ResponseHeaders.builder(200).contentType(MediaType.JSON_UTF_8).build();

    private final Responses responses;

    private ResponsesHttpService(Responses responses) {
        this.responses = responses;
    }

    static void register(ServerBuilder sb, Responses responses) {
        final ResponsesHttpService s = new ResponsesHttpService(responses);
        sb.route().post(PATH).build(new JsonEndpoint(ErrorShape.OPENAI, s));
        sb.route().methods(HttpMethod.GET).path(PATH + "/{id}").build(s::get);
        sb.route().methods(HttpMethod.DELETE).path(PATH + "/{id}").build(s::delete);
    }

    @Override
    public HttpResponse handle(Exchange x) {
        final DecodedResponseRequest decoded = ResponsesRequestDecoder.decode(x.body());
        if (decoded.stream()) {
            return x.events(responses.stream(decoded.request(), x.caller()), new ResponseEvents(), "response stream");
        }
        return x.answer(responses.create(decoded.request(), x.caller()), "response", r -> json(x, r));
    }

    private HttpResponse get(ServiceRequestContext ctx, HttpRequest req) {
        // The same headers as when it was created: the body names the model the client asked for.
        final Exchange x = byId(ctx, req);
        return x.answer(responses.get(ctx.pathParam("id"), x.caller()), "response", r -> json(x, r));
    }

    private HttpResponse delete(ServiceRequestContext ctx, HttpRequest req) {
        final Exchange x = byId(ctx, req);
        return x.answer(responses.delete(ctx.pathParam("id"), x.caller()), "response deletion",
                (DeleteResponseResponse r) -> HttpResponse.of(JSON_OK, HttpData.wrap(Json.write(g -> {
                    g.writeStartObject();
                    g.writeStringField("id", r.getId());
                    g.writeStringField("object", "response");
                    g.writeBooleanField("deleted", r.getDeleted());
                    g.writeEndObject();
                }))));
    }

    /** A request that names a response in its path and has no body. */
    private static Exchange byId(ServiceRequestContext ctx, HttpRequest req) {
        return new Exchange(ctx, AggregatedHttpRequest.of(req.headers()), Caller.of(ctx, null), ErrorShape.OPENAI);
    }

    private static HttpResponse json(Exchange x, StoredResponse r) {
        return GatewayHeaders.json(x.ctx(), r.getCompletion().getGateway(), ResponseObjectEncoder.encode(r));
    }
}
