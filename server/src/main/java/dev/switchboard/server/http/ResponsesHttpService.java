package dev.switchboard.server.http;

import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.util.SafeCloseable;
import com.linecorp.armeria.server.ServerBuilder;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.responses.DecodedResponseRequest;
import dev.switchboard.transcoder.responses.ResponseObjectEncoder;
import dev.switchboard.transcoder.responses.ResponsesRequestDecoder;
import dev.switchboard.v1.DeleteResponseRequest;
import dev.switchboard.v1.DeleteResponseResponse;
import dev.switchboard.v1.GetResponseRequest;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.StoredResponse;

import io.grpc.stub.StreamObserver;

/**
 * OpenAI's Responses API over the in-process {@code Inference} service: {@code POST /v1/responses}
 * (whole or streamed), {@code GET} and {@code DELETE /v1/responses/{id}}. Errors are OpenAI's
 * error JSON with the table's status.
 */
final class ResponsesHttpService {
    private static final Logger logger = LoggerFactory.getLogger(ResponsesHttpService.class);
    static final String PATH = "/v1/responses";
    private static final ResponseHeaders JSON_OK = ResponseHeaders.builder(200).contentType(MediaType.JSON_UTF_8).build();

    private final InferenceGrpc.AsyncService inference;

    private ResponsesHttpService(InferenceGrpc.AsyncService inference) {
        this.inference = inference;
    }

    static void register(ServerBuilder sb, InferenceGrpc.AsyncService inference) {
        final ResponsesHttpService s = new ResponsesHttpService(inference);
        sb.route().post(PATH).build((WholeRequestService) s::create);
        sb.route().methods(HttpMethod.GET).path(PATH + "/{id}").build(s::get);
        sb.route().methods(HttpMethod.DELETE).path(PATH + "/{id}").build(s::delete);
    }

    private HttpResponse create(ServiceRequestContext ctx, HttpRequest req) {
        // The service reads its request context (owner, event loop, deadline): serve pushes it.
        return UnaryJsonCall.serve(ctx, req, agg -> dispatch(ctx, agg));
    }

    private HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg) {
        final DecodedResponseRequest decoded = ResponsesRequestDecoder.decode(agg.content().array());
        if (decoded.stream()) {
            final HttpResponseWriter writer = HttpResponse.streaming();
            final ResponseEventWriter events = new ResponseEventWriter(writer, ctx.eventLoop());
            events.cancelWhenClientLeaves(ctx);
            inference.streamResponse(decoded.request(), events);
            return writer;
        }
        return unary(ctx, obs -> inference.createResponse(decoded.request(), obs), (StoredResponse r) ->
                GatewayHeaders.json(r.getCompletion().getGateway(), ResponseObjectEncoder.encode(r)));
    }

    private HttpResponse get(ServiceRequestContext ctx, HttpRequest req) {
        final GetResponseRequest get = GetResponseRequest.newBuilder().setId(ctx.pathParam("id")).build();
        // The same headers as when it was created: the body names the model the client asked for.
        return unary(ctx, obs -> inference.getResponse(get, obs), (StoredResponse r) ->
                GatewayHeaders.json(r.getCompletion().getGateway(), ResponseObjectEncoder.encode(r)));
    }

    private HttpResponse delete(ServiceRequestContext ctx, HttpRequest req) {
        final DeleteResponseRequest del = DeleteResponseRequest.newBuilder().setId(ctx.pathParam("id")).build();
        return unary(ctx, obs -> inference.deleteResponse(del, obs), (DeleteResponseResponse r) ->
                HttpResponse.of(JSON_OK,
                                HttpData.wrap(Json.write(g -> {
                                    g.writeStartObject();
                                    g.writeStringField("id", r.getId());
                                    g.writeStringField("object", "response");
                                    g.writeBooleanField("deleted", r.getDeleted());
                                    g.writeEndObject();
                                }))));
    }

    /** Calls a unary method in process (context pushed) and renders its answer or its error. */
    private static <T> HttpResponse unary(ServiceRequestContext ctx, Consumer<StreamObserver<T>> call,
                                          Function<T, HttpResponse> render) {
        final UnaryResponseObserver<T> observer = new UnaryResponseObserver<>();
        observer.cancelWhenClientLeaves(ctx);
        try (SafeCloseable ignored = ctx.push()) {
            call.accept(observer);
        }
        return HttpResponse.of(observer.future().handle((res, cause) -> {
            if (cause != null) {
                final GatewayException e = Errors.toGateway(cause);
                if (e.kind() == ErrorKind.INTERNAL) {
                    logger.warn("responses request failed", e.getCause() != null ? e.getCause() : e);
                }
                return OpenAiHttpErrors.response(e);
            }
            return render.apply(res);
        }));
    }
}
