package dev.switchboard.server.http;

import com.linecorp.armeria.common.HttpResponse;

import dev.switchboard.server.inference.Inference;
import dev.switchboard.transcoder.openai.DecodedChatRequest;
import dev.switchboard.transcoder.openai.OpenAiChatRequestDecoder;
import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.v1.ChatCompletionRequest;

/** {@code POST /v1/chat/completions}: OpenAI JSON in, the core called, OpenAI JSON or server-sent events out. */
record ChatCompletionsService(Inference inference) implements JsonEndpoint.Handler {
    @Override
    public HttpResponse handle(Exchange x) {
        final DecodedChatRequest decoded = OpenAiChatRequestDecoder.decode(x.body());
        final ChatCompletionRequest request = decoded.request();
        if (decoded.stream()) {
            final boolean includeUsage = request.hasStreamOptions() && request.getStreamOptions().getIncludeUsage();
            return x.events(inference.stream(request, x.caller()), new ChatEvents(includeUsage), "chat stream");
        }
        return x.answer(inference.complete(request, x.caller()), "chat completion",
                        res -> GatewayHeaders.json(x.ctx(), res.getGateway(), OpenAiChatResponseEncoder.encode(res)));
    }
}
