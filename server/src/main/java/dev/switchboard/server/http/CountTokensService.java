package dev.switchboard.server.http;


import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.transcoder.anthropic.MessagesRequestDecoder;
import dev.switchboard.transcoder.common.Json;
import dev.switchboard.v1.CountTokensRequest;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.InferenceGrpc;

/**
 * {@code POST /v1/messages/count_tokens}: the Messages request body (max_tokens not needed), counted
 * by the {@code CountTokens} RPC in process. The answer is Anthropic's {@code {"input_tokens":N}}
 * plus {@code exact}, and the {@code x-switchboard-token-count} header says how it was counted.
 */
final class CountTokensService extends AnthropicJsonService {
    static final String METHOD_HEADER = "x-switchboard-token-count";

    CountTokensService(InferenceGrpc.AsyncService inference) {
        super(inference);
    }

    @Override
    HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg) {
        final CountTokensRequest request = CountTokensRequest.newBuilder().setRequest(
                MessagesRequestDecoder.decodeForCounting(agg.content().array()).request()).build();
        final UnaryResponseObserver<CountTokensResponse> observer = new UnaryResponseObserver<>();
        observer.cancelWhenClientLeaves(ctx);
        inference.countTokens(request, observer);
        return HttpResponse.of(observer.future().handle((res, cause) -> {
            if (cause != null) {
                // An UNIMPLEMENTED from the service (a build without counting) becomes a 501 in Anthropic's shape.
                return failed(cause, "count_tokens");
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
