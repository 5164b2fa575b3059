package dev.switchboard.server.http;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.transcoder.anthropic.DecodedMessagesRequest;
import dev.switchboard.transcoder.anthropic.MessagesRequestDecoder;
import dev.switchboard.transcoder.anthropic.MessagesResponseEncoder;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.TokenEstimate;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.StreamOptions;

/**
 * {@code POST /v1/messages}: Anthropic Messages JSON in, the {@code Inference} service called in
 * process (so any upstream format serves it), an Anthropic message or its event stream out. The
 * {@code anthropic-version} and {@code anthropic-beta} headers are accepted and not needed.
 */
final class MessagesService extends AnthropicJsonService {
    MessagesService(InferenceGrpc.AsyncService inference) {
        super(inference);
    }

    @Override
    HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg) {
        final DecodedMessagesRequest decoded = MessagesRequestDecoder.decode(agg.content().array());
        final ChatCompletionRequest request = decoded.request();
        if (decoded.stream()) {
            // message_delta carries the whole usage, so the canonical stream must always report it.
            final ChatCompletionRequest withUsage = request.toBuilder()
                    .setStreamOptions(StreamOptions.newBuilder().setIncludeUsage(true)).build();
            final HttpResponseWriter writer = HttpResponse.streaming();
            // message_start reports the prompt as Anthropic does; the upstream's count comes at the end.
            final int estimate = TokenEstimate.inputTokens(request);
            final MessagesSseWriter sse = new MessagesSseWriter(writer, ctx.eventLoop(), request.getModel(), estimate);
            sse.cancelWhenClientLeaves(ctx);
            inference.streamChatCompletion(withUsage, sse);
            return writer;
        }
        final UnaryResponseObserver<ChatCompletionResponse> observer = new UnaryResponseObserver<>();
        observer.cancelWhenClientLeaves(ctx);
        inference.createChatCompletion(request, observer);
        return HttpResponse.of(observer.future().handle((res, cause) -> {
            if (cause != null) {
                return failed(cause, "message");
            }
            try {
                return GatewayHeaders.json(res.getGateway(), MessagesResponseEncoder.encode(res, request.getModel()));
            } catch (GatewayException e) {
                return AnthropicHttpErrors.response(e);
            }
        }));
    }
}
