package dev.switchboard.server.http;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.inference.Caller;
import dev.switchboard.server.inference.Inference;
import dev.switchboard.transcoder.anthropic.DecodedMessagesRequest;
import dev.switchboard.transcoder.anthropic.MessagesRequestDecoder;
import dev.switchboard.transcoder.anthropic.MessagesResponseEncoder;
import dev.switchboard.transcoder.format.TokenEstimate;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.StreamOptions;

/**
 * {@code POST /v1/messages}: Anthropic Messages JSON in, the core called (so any upstream format
 * serves it), an Anthropic message or its event stream out. The {@code anthropic-version} and
 * {@code anthropic-beta} headers are accepted and not needed.
 */
final class MessagesService extends JsonEndpoint {
    private final Inference inference;

    MessagesService(Inference inference) {
        super(ErrorShape.ANTHROPIC);
        this.inference = inference;
    }

    @Override
    HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg, Caller caller) {
        final DecodedMessagesRequest decoded = MessagesRequestDecoder.decode(agg.content().array());
        final ChatCompletionRequest request = decoded.request();
        if (decoded.stream()) {
            // message_delta carries the whole usage, so the canonical stream must always report it.
            final ChatCompletionRequest withUsage = request.toBuilder()
                    .setStreamOptions(StreamOptions.newBuilder().setIncludeUsage(true)).build();
            // message_start reports the prompt as Anthropic does; the upstream's count comes at the end.
            final MessagesEvents events = new MessagesEvents(request.getModel(), TokenEstimate.inputTokens(request));
            return SseResponse.of(ctx, inference.stream(withUsage, caller), events, "messages stream");
        }
        return answer(ctx, inference.complete(request, caller), "message",
                      res -> GatewayHeaders.json(res.getGateway(),
                                                 MessagesResponseEncoder.encode(res, request.getModel())));
    }
}
