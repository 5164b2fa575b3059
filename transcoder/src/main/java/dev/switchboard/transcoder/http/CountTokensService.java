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
import dev.switchboard.transcoder.json.Json;
import dev.switchboard.transcoder.messages.MessagesRequestDecoder;
import dev.switchboard.v1.CountTokensRequest;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.InferenceGrpc;

/**
 * {@code POST /v1/messages/count_tokens}: the Messages request body (max_tokens not needed), counted
 * by the {@code CountTokens} RPC in process. The answer is Anthropic's {@code {"input_tokens":N}}
 * plus {@code exact}, and the {@code x-switchboard-token-count} header says how it was counted.
 */
final class CountTokensService implements HttpService {
    static final String METHOD_HEADER = "x-switchboard-token-count";
    private static final Logger logger = LoggerFactory.getLogger(CountTokensService.class);

    private final InferenceGrpc.AsyncService inference;

    CountTokensService(InferenceGrpc.AsyncService inference) {
        this.inference = inference;
    }

    @Override
    public HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        return HttpResponse.of(req.aggregate().handle((agg, cause) -> {
            if (cause != null) {
                return AnthropicHttpErrors.response(RequestFailures.toGateway(cause));
            }
            try (SafeCloseable ignored = ctx.push()) {
                return dispatch(ctx, agg);
            } catch (GatewayException e) {
                return AnthropicHttpErrors.response(e);
            }
        }));
    }

    private HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg) {
        RequestDeadline.apply(ctx, agg.headers());
        final CountTokensRequest request = CountTokensRequest.newBuilder().setRequest(
                MessagesRequestDecoder.decodeForCounting(agg.content().array()).request()).build();
        final UnaryResponseObserver<CountTokensResponse> observer = new UnaryResponseObserver<>();
        ctx.whenRequestCancelled().thenRun(observer::cancel);
        inference.countTokens(request, observer);
        return HttpResponse.of(observer.future().handle((res, cause) -> {
            if (cause != null) {
                // Until the server counts, the RPC answers UNIMPLEMENTED: a 501 in Anthropic's shape.
                final GatewayException e = Errors.toGateway(cause);
                if (e.kind() == ErrorKind.INTERNAL) {
                    logger.warn("count_tokens failed", e.getCause() != null ? e.getCause() : e);
                }
                return AnthropicHttpErrors.response(e);
            }
            final ResponseHeaders headers = GatewayHeaders.add(
                    ResponseHeaders.builder(200).contentType(MediaType.JSON_UTF_8), res.getGateway())
                    .add(METHOD_HEADER, res.getMethod().isEmpty() ? "unknown" : res.getMethod()).build();
            return HttpResponse.of(headers, HttpData.wrap(Json.write(g -> {
                g.writeStartObject();
                g.writeNumberField("input_tokens", res.getInputTokens());
                g.writeBooleanField("exact", res.getExact());
                g.writeEndObject();
            })));
        }));
    }
}
