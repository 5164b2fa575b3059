package dev.switchboard.server.http;

import com.linecorp.armeria.common.HttpResponse;

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
record MessagesService(Inference inference) implements JsonEndpoint.Handler {
    @Override
    public HttpResponse handle(Exchange x) {
        final DecodedMessagesRequest decoded = MessagesRequestDecoder.decode(x.body());
        final ChatCompletionRequest request = decoded.request();
        if (decoded.stream()) {
            // message_delta carries the whole usage, so the canonical stream must always report it.
            final ChatCompletionRequest withUsage = request.toBuilder()
                    .setStreamOptions(StreamOptions.newBuilder().setIncludeUsage(true)).build();
            // message_start reports the prompt as Anthropic does; the upstream's count comes at the end.
            final MessagesEvents events = new MessagesEvents(request.getModel(), TokenEstimate.inputTokens(request));
            return x.events(inference.stream(withUsage, x.caller()), events, "messages stream");
        }
        return x.answer(inference.complete(request, x.caller()), "message",
                        res -> GatewayHeaders.json(x.ctx(), res.getGateway(),
                                                   MessagesResponseEncoder.encode(res, request.getModel())));
    }
}
