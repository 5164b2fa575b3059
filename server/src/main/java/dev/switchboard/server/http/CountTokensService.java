package dev.switchboard.server.http;


import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;

import dev.switchboard.server.inference.Inference;
import dev.switchboard.transcoder.anthropic.MessagesRequestDecoder;
import dev.switchboard.transcoder.common.Json;
import dev.switchboard.v1.CountTokensRequest;
import dev.switchboard.v1.CountTokensResponse;

/**
 * {@code POST /v1/messages/count_tokens}: the Messages request body (max_tokens not needed), counted
 * by the core. The answer is Anthropic's {@code {"input_tokens":N}}
 * plus {@code exact}, and the {@code x-switchboard-token-count} header says how it was counted.
 */
record CountTokensService(Inference inference) implements JsonEndpoint.Handler {
    static final String METHOD_HEADER = "x-switchboard-token-count";

    @Override
    public HttpResponse handle(Exchange x) {
        final CountTokensRequest request = CountTokensRequest.newBuilder().setRequest(
                MessagesRequestDecoder.decodeForCounting(x.body()).request()).build();
        // An UNIMPLEMENTED from the core (a build without counting) becomes a 501 in Anthropic's shape.
        return x.answer(inference.countTokens(request, x.caller()), "count_tokens", (CountTokensResponse res) -> {
            final ResponseHeaders headers = GatewayHeaders.add(
                    ResponseHeaders.builder(200).contentType(MediaType.JSON_UTF_8), res.getGateway())
                    .add(METHOD_HEADER, res.getMethod().isEmpty() ? "unknown" : res.getMethod()).build();
            return HttpResponse.of(headers, HttpData.wrap(Json.write(g -> {
                g.writeStartObject();
                g.writeNumberField("input_tokens", res.getInputTokens());
                g.writeBooleanField("exact", res.getExact());
                g.writeEndObject();
            })));
        });
    }
}
