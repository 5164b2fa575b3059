package dev.switchboard.server.http;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.inference.Caller;
import dev.switchboard.server.inference.Inference;
import dev.switchboard.transcoder.openai.DecodedChatRequest;
import dev.switchboard.transcoder.openai.OpenAiChatRequestDecoder;
import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.v1.ChatCompletionRequest;

/** {@code POST /v1/chat/completions}: OpenAI JSON in, the core called, OpenAI JSON or server-sent events out. */
final class ChatCompletionsService extends JsonEndpoint {
    private final Inference inference;

    ChatCompletionsService(Inference inference) {
        super(ErrorShape.OPENAI);
        this.inference = inference;
    }

    @Override
    HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg, Caller caller) {
        final DecodedChatRequest decoded = OpenAiChatRequestDecoder.decode(agg.content().array());
        final ChatCompletionRequest request = decoded.request();
        if (decoded.stream()) {
            final boolean includeUsage = request.hasStreamOptions() && request.getStreamOptions().getIncludeUsage();
            return SseResponse.of(ctx, inference.stream(request, caller), new ChatEvents(includeUsage), "chat stream");
        }
        return answer(ctx, inference.complete(request, caller), "chat completion",
                      res -> GatewayHeaders.json(res.getGateway(), OpenAiChatResponseEncoder.encode(res)));
    }
}
